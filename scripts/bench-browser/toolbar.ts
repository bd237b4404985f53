import type { CDPSession } from 'playwright-core';

/**
 * The one tab the bench uses. tests/e2e/chromium/toolbar.ts finds the tab of a page with several DevTools
 * calls on every click; those would land inside the timed span, so the bench keeps a single tab, finds it
 * once, and sends only `Extensions.triggerAction` (the real toolbar click: `action.onClicked` fires and the
 * tab gets the activeTab grant) when it clicks.
 */
export async function onlyTabTarget(browserSession: CDPSession): Promise<string> {
  const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  if (targetInfos.length !== 1) throw new Error(`Expected one tab, found ${targetInfos.length}.`);
  return targetInfos[0]!.targetId;
}

export async function clickToolbar(
  browserSession: CDPSession,
  extensionId: string,
  tabTargetId: string,
): Promise<void> {
  await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId: tabTargetId });
}
