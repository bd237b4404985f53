import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onCommand, onToolbarClick } from '../../../entrypoints/background/triggers';
import { OPEN_ON_START_SCRIPT, READER_SCRIPT } from '../../../entrypoints/background/ask-reader';
import { saveTab } from '../../../entrypoints/background/save-tab';
import { toggleReader } from '../../../entrypoints/background/toggle-reader';
import type { ToggleOutcome } from '../../../core/messaging';

const TAB = 7;

/**
 * A tab whose content script answers toggles once injected, like the real one: injected after the
 * open-on-start script, it opens as it starts and answers the injection with the outcome.
 */
function fakeTab(options: { injectable?: boolean; answer?: ToggleOutcome } = {}) {
  let injected = false;
  let open = false;
  const executeScript = vi.fn(async ({ files }: { files: string[] }) => {
    if (options.injectable === false) throw new Error('Cannot access a chrome:// URL');
    await new Promise((resolve) => setTimeout(resolve, 5));
    injected = true;
    if (!files.includes(OPEN_ON_START_SCRIPT)) return [{ frameId: 0, result: undefined }];
    if (options.answer) return [{ frameId: 0, result: options.answer }];
    open = true;
    return [{ frameId: 0, result: 'opened' }];
  });
  const sendMessage = vi.fn(async (_tabId: number, message: { lectern: string }) => {
    if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
    expect(message.lectern).toBe('toggleReader');
    if (options.answer) return options.answer;
    open = !open;
    return open ? 'opened' : 'closed';
  });
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
  return { executeScript, sendMessage };
}

describe('toggling the reader from the toolbar or the shortcut', () => {
  it('injects the reader on first use, opening as it starts, then only messages it', async () => {
    const { executeScript, sendMessage } = fakeTab();
    expect(await toggleReader(TAB)).toBe('opened');
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: TAB },
      files: [OPEN_ON_START_SCRIPT, READER_SCRIPT],
    });
    // The first message found no reader; the injection's own answer said it opened.
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(await toggleReader(TAB)).toBe('closed');
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('asks the injected reader by message when its start gave no answer', async () => {
    const { executeScript, sendMessage } = fakeTab();
    executeScript.mockImplementationOnce(async () => {
      await executeScript.getMockImplementation()!({ files: [READER_SCRIPT] });
      return [{ frameId: 0, result: undefined }];
    });
    expect(await toggleReader(TAB)).toBe('opened');
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('marks the tab when the reader failed as it opened, without injecting it again', async () => {
    const { executeScript } = fakeTab();
    executeScript.mockResolvedValueOnce([{ frameId: 0, result: 'failed' }]);
    expect(await toggleReader(TAB)).toBe('failed');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toMatch(/ran into an error/);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('settles quietly when the page goes away while the reader opens in it', async () => {
    const { executeScript } = fakeTab();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    executeScript.mockRejectedValueOnce(new Error('Frame with ID 0 was removed.'));
    expect(await toggleReader(TAB)).toBe('closed');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).not.toBe('!');
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('runs rapid toggles one after another: one injection, and they alternate', async () => {
    const { executeScript } = fakeTab();
    const outcomes = await Promise.all([toggleReader(TAB), toggleReader(TAB), toggleReader(TAB)]);
    expect(outcomes).toEqual(['opened', 'closed', 'opened']);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('marks a restricted page on the toolbar icon, for that tab only, without throwing', async () => {
    fakeTab({ injectable: false });
    expect(await toggleReader(TAB)).toBe('restricted');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toMatch(/can't read this page/);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB + 1 })).not.toBe('!');
  });

  it('marks documents the reader cannot show (XML, SVG, a frameset) and says so in the title', async () => {
    fakeTab({ answer: 'unsupported-document' });
    expect(await toggleReader(TAB)).toBe('unsupported-document');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toMatch(/this kind of document/);
  });

  it.each([
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    'The page keeping the extension port is moved into back/forward cache, so the message channel is closed.',
    'Frame with ID 0 was removed.',
  ])('settles quietly, logging nothing, when the page goes away mid-answer: %s', async (message) => {
    const { sendMessage } = fakeTab();
    expect(await toggleReader(TAB)).toBe('opened');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    sendMessage.mockRejectedValueOnce(new Error(message));
    expect(await toggleReader(TAB)).toBe('closed');
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('settles quietly when the tab closes while the reader works in it', async () => {
    const { sendMessage } = fakeTab();
    sendMessage.mockRejectedValue(new Error('The message port closed before a response was received.'));
    Object.assign(fakeBrowser, {
      scripting: { executeScript: vi.fn().mockRejectedValue(new Error('No tab with id: 7.')) },
    });
    await expect(toggleReader(TAB)).resolves.toBe('closed');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).not.toBe('!');
  });

  it('says the reader failed, without injecting it again or calling the page restricted, when the reader itself throws', async () => {
    const { executeScript, sendMessage } = fakeTab();
    expect(await toggleReader(TAB)).toBe('opened');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    sendMessage.mockRejectedValueOnce(new Error('showOverlay: cannot read properties of undefined'));
    expect(await toggleReader(TAB)).toBe('failed');
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toMatch(/ran into an error/);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('clears the badge once the reader works in that tab', async () => {
    await fakeBrowser.action.setBadgeText({ tabId: TAB, text: '!' });
    fakeTab();
    await toggleReader(TAB);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });
});

describe('the toggle-reader shortcut and the toolbar button', () => {
  it('toggle-reader toggles the reader in the tab where it was pressed', async () => {
    const { sendMessage } = fakeTab();
    expect(await onCommand('toggle-reader', { id: TAB } as Browser.tabs.Tab)).toBe('opened');
    expect(sendMessage).toHaveBeenLastCalledWith(TAB, expect.objectContaining({ lectern: 'toggleReader' }), {
      frameId: 0,
    });
    expect(await onCommand('toggle-reader', { id: TAB } as Browser.tabs.Tab)).toBe('closed');
  });

  it('ignores other commands and tabs without an id', () => {
    const { sendMessage } = fakeTab();
    expect(onCommand('something-else', { id: TAB } as Browser.tabs.Tab)).toBeUndefined();
    expect(onCommand('toggle-reader', {} as Browser.tabs.Tab)).toBeUndefined();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('a toolbar click toggles the reader in the clicked tab', async () => {
    fakeTab();
    expect(await onToolbarClick({ id: TAB } as Browser.tabs.Tab)).toBe('opened');
  });
});

describe('a first click that reaches the page before its permission does', () => {
  it('retries the injection and opens the reader instead of marking the page restricted', async () => {
    const { executeScript } = fakeTab();
    const inject = executeScript.getMockImplementation()!;
    executeScript.mockImplementationOnce(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission.');
    });
    executeScript.mockImplementation(inject);
    expect(await toggleReader(TAB)).toBe('opened');
    expect(executeScript).toHaveBeenCalledTimes(2);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('gives up after a few tries and says the page cannot be read', async () => {
    const { executeScript } = fakeTab();
    executeScript.mockImplementation(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission.');
    });
    expect(await toggleReader(TAB)).toBe('restricted');
    expect(executeScript.mock.calls.length).toBeGreaterThan(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('!');
  });

  it('does not retry pages that are closed to extensions', async () => {
    const { executeScript } = fakeTab({ injectable: false });
    expect(await toggleReader(TAB)).toBe('restricted');
    expect(executeScript).toHaveBeenCalledTimes(1);
  });
});

describe('saving a tab whose reader fails', () => {
  it('reports the failure as the reader’s, not as a restricted page, and does not inject again', async () => {
    const executeScript = vi.fn(async () => []);
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    fakeBrowser.tabs.sendMessage = vi.fn(async () => {
      throw new Error('extract: too much recursion');
    }) as unknown as typeof fakeBrowser.tabs.sendMessage;
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await saveTab(TAB)).toEqual({ ok: false, reason: 'failed' });
    expect(executeScript).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toMatch(/ran into an error/);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
