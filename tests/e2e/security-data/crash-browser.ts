import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../harness/launch';
import { clickToolbarButton } from '../chromium/toolbar';

/** The processes of the Chromium that runs on `profile`: Playwright started them, all with that folder. */
function chromiumProcesses(profile: string): Array<{ pid: number; ppid: number }> {
  const listing = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return listing
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[3]!.includes(profile))
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]) }));
}

/**
 * Chromium with Lectern on a kept profile, that can be killed the way a crash kills it: SIGKILL to the
 * whole process group Playwright started (browser, service worker, renderers), with no chance to flush.
 */
export class CrashableBrowser {
  private constructor(
    readonly chromium: ChromiumWithExtension,
    private readonly profile: string,
  ) {}

  static async launch(profile: string): Promise<CrashableBrowser> {
    return new CrashableBrowser(await launchChromiumWithExtension({ userDataDir: profile }), profile);
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.chromium.extensionId}/${path}`;
  }

  async newPage(url: string): Promise<Page> {
    const page = await this.chromium.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /** The toolbar button on `page`: the click that gives Lectern the page (activeTab) and opens the reader. */
  clickToolbarButton(page: Page): Promise<void> {
    const { context, browserSession, extensionId } = this.chromium;
    return clickToolbarButton(context, browserSession, extensionId, page);
  }

  /** Runs `fn` in the extension's service worker (chrome.* APIs, the extension's IndexedDB). */
  inBackground<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.chromium.serviceWorker.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  }

  /** Kills every process of this browser at once. */
  kill(): void {
    const processes = chromiumProcesses(this.profile);
    const leader = processes.find((p) => p.ppid === process.pid) ?? processes[0];
    if (!leader) throw new Error('No Chromium process runs on this profile.');
    process.kill(-leader.pid, 'SIGKILL');
    // Anything that left the group (none is expected) goes too, by its own id.
    for (const { pid } of chromiumProcesses(this.profile)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }

  /** Lets Playwright notice the browser is gone (its close() waits on a dead connection otherwise). */
  async forget(): Promise<void> {
    await Promise.race([
      this.chromium.context.close().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 1000)),
    ]);
  }

  close(): Promise<void> {
    return this.chromium.close();
  }
}
