import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `Alt+Shift+L` in the browsers' notation → `alt+shift+l` in xdotool's. */
export function xdotoolKeys(keys: string): string {
  return keys
    .split('+')
    .map((part) => (part === 'Ctrl' ? 'ctrl' : part.toLowerCase()))
    .join('+');
}

/**
 * Presses `keys` as real keyboard input (the X server's XTEST, as a keyboard would) to the browser window on
 * `display`: Chromium's own accelerator handling sees them, extension commands included. No window manager
 * runs on the virtual display, so a click on the tab strip's empty end gives the window the focus first.
 */
export async function pressInBrowserWindow(display: string, keys: string): Promise<void> {
  const env = { ...process.env, DISPLAY: display };
  const xdotool = async (...args: string[]) => (await run('xdotool', args, { env })).stdout.trim();
  const windows = (await xdotool('search', '--onlyvisible', '--class', 'chromium')).split('\n');
  const window = windows.at(-1);
  if (!window) throw new Error(`No Chromium window on display ${display}.`);
  const geometry = await xdotool('getwindowgeometry', '--shell', window);
  const width = Number(/WIDTH=(\d+)/.exec(geometry)?.[1] ?? 800);
  await xdotool('mousemove', '--window', window, String(width - 120), '12', 'click', '1');
  await xdotool('key', '--clearmodifiers', xdotoolKeys(keys));
}

/**
 * Presses `keys` one after the other to whatever has the focus on `display`, without clicking first: a
 * dialog the browser opened (an extension's permission prompt) keeps its focus.
 */
export async function pressKeys(display: string, ...keys: string[]): Promise<void> {
  await run('xdotool', ['key', '--delay', '150', ...keys], { env: { ...process.env, DISPLAY: display } });
}
