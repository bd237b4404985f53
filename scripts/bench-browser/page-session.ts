import type { CDPSession, Page } from 'playwright-core';
import type { OfflineChromium } from './launch';
import type { BenchTab } from './measure-page';
import { profileStages, type StageMap, type StageTimes } from './stages';
import { clickToolbar, onlyTabTarget } from './toolbar';

interface EvaluateResult {
  result: { value?: unknown };
  exceptionDetails?: { text?: string; exception?: { description?: string } };
}

/**
 * A DevTools session on the bench's Chromium tab, with an isolated world of the bench's own in the current
 * document: the bench reads the page and runs Readability there, apart from the page's scripts and from the
 * reader's.
 */
export class PageSession implements BenchTab {
  private contextId = 0;

  private constructor(
    readonly page: Page,
    /** The tab's DevTools session (the CPU profiler runs on it). */
    readonly session: CDPSession,
    /** The real toolbar click for this tab (toolbar.ts). */
    readonly clickToolbar: () => Promise<void>,
  ) {}

  static async open(page: Page, clickToolbar: () => Promise<void>): Promise<PageSession> {
    return new PageSession(page, await page.context().newCDPSession(page), clickToolbar);
  }

  /** A new tab, the only one left in the browser, whose toolbar click is the extension's. */
  static async onlyTab(chromium: OfflineChromium): Promise<PageSession> {
    const page = await chromium.context.newPage();
    for (const other of chromium.context.pages()) if (other !== page) await other.close();
    const tabTargetId = await onlyTabTarget(chromium.browserSession);
    return PageSession.open(page, () =>
      clickToolbar(chromium.browserSession, chromium.extensionId, tabTargetId),
    );
  }

  pressEscape(): Promise<void> {
    return this.page.keyboard.press('Escape');
  }

  profile(map: StageMap): Promise<(untilMs: number) => Promise<StageTimes>> {
    return profileStages(this.session, map);
  }

  /** Loads `url` and creates the bench's world in it (a new document needs a new world). */
  async goto(url: string, timeoutMs: number): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const { frameTree } = await this.session.send('Page.getFrameTree');
    const { executionContextId } = await this.session.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'lectern-bench',
    });
    this.contextId = executionContextId;
  }

  /** Evaluates `expression` in the bench's world; awaits it when it is a promise. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = (await this.session.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      returnByValue: true,
      awaitPromise: true,
    })) as EvaluateResult;
    if (exceptionDetails) {
      throw new Error(
        exceptionDetails.exception?.description ?? exceptionDetails.text ?? 'evaluation failed',
      );
    }
    return result.value as T;
  }

  async run(source: string): Promise<void> {
    await this.evaluate(source);
  }

  async detach(): Promise<void> {
    await this.session.detach().catch(() => {});
  }
}
