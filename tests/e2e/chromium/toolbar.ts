import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { TargetSession } from './target-session';

async function pageTargetId(context: BrowserContext, page: Page): Promise<string> {
  const session = await context.newCDPSession(page);
  try {
    const { targetInfo } = await session.send('Target.getTargetInfo');
    return targetInfo.targetId;
  } finally {
    await session.detach();
  }
}

/** The page targets a tab holds: asking the tab to auto-attach lists them. */
async function pagesOfTab(browserSession: CDPSession, tabTargetId: string): Promise<string[]> {
  const tab = await TargetSession.attach(browserSession, tabTargetId);
  const pages: string[] = [];
  tab.on('Target.attachedToTarget', (params) => {
    const info = params.targetInfo as { targetId: string; type: string };
    if (info.type === 'page') pages.push(info.targetId);
  });
  try {
    // The already existing children are announced before this call returns.
    await tab.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    return pages;
  } finally {
    await tab.detach();
  }
}

/**
 * The tab that holds `page`. Extensions.triggerAction wants the tab target, which Playwright does not
 * expose, so each tab is asked which page it holds.
 */
async function tabTargetOf(context: BrowserContext, browserSession: CDPSession, page: Page): Promise<string> {
  const pageId = await pageTargetId(context, page);
  const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  for (const tab of targetInfos) {
    if ((await pagesOfTab(browserSession, tab.targetId)).includes(pageId)) return tab.targetId;
  }
  throw new Error(`No tab holds the page at ${page.url()}.`);
}

/**
 * Clicks the extension's toolbar button for the tab of `page`, as a user would: `action.onClicked` fires
 * and the tab gets the activeTab grant.
 */
export async function clickToolbarButton(
  context: BrowserContext,
  browserSession: CDPSession,
  extensionId: string,
  page: Page,
): Promise<void> {
  const targetId = await tabTargetOf(context, browserSession, page);
  await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId });
}
