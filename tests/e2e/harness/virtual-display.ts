import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface VirtualDisplay {
  /** The X display name, such as `:99`, for a browser's DISPLAY. */
  display: string;
  close(): Promise<void>;
}

const START_MS = 10_000;

/**
 * Starts Debian's Xvfb on a free display number (it picks one and writes it to stdout with -displayfd), for
 * a headed browser whose own keyboard shortcuts the tests press. Its own display, never the developer's
 * desktop, so keys sent there go nowhere else.
 */
export function startVirtualDisplay(): Promise<VirtualDisplay> {
  const xvfb: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const close = () =>
    new Promise<void>((done) => {
      if (xvfb.exitCode !== null || xvfb.signalCode !== null) return done();
      xvfb.once('exit', () => done());
      xvfb.kill();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`Xvfb gave no display number within ${START_MS} ms.`));
    }, START_MS);
    xvfb.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start Xvfb (apt-get install -y xvfb xdotool): ${error.message}`));
    });
    createInterface({ input: xvfb.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ display: `:${line.trim()}`, close });
    });
  });
}
