import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { ExtensionBrowser } from '../harness/extension-browser';

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
 * Chromium with Lectern on a kept profile (`launch({ userDataDir })`), that can be killed the way a crash
 * kills it: SIGKILL to the whole process group Playwright started (browser, service worker, renderers), with
 * no chance to flush.
 */
export class CrashableBrowser extends ExtensionBrowser {
  private get profile(): string {
    if (!this.options.userDataDir) throw new Error('A crash needs a kept profile: launch with userDataDir.');
    return this.options.userDataDir;
  }

  /** Opens `url` in a new tab beside the others. */
  async newPage(url: string): Promise<Page> {
    return (await this.openTab(url, { beside: true })).page;
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
}
