import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startLibraryLink } from '../../../entrypoints/reader.content/library-link';
import { handleMessages, isFromExtension, type ContentProtocol } from '../../../core/messaging';

type Sender = Browser.runtime.MessageSender;
const tab = { id: 3 } as Browser.tabs.Tab;

/** Lectern's background, as the browser describes it to a content script. */
const background = (): Sender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/background.js'),
});

/** Who may not command the reader in a page. */
const FORGED: Record<string, Sender> = {
  'a web page': { tab, frameId: 0, url: 'https://evil.example/' },
  'another extension': { id: 'someone-else', url: 'chrome-extension://someone-else/background.js' },
  'Lectern’s content script in another tab': {
    id: fakeBrowser.runtime.id,
    tab,
    frameId: 0,
    url: 'https://evil.example/',
  },
  'Lectern’s save popup framed in a tab': {
    id: fakeBrowser.runtime.id,
    tab,
    frameId: 2,
    url: fakeBrowser.runtime.getURL('/save-frame.html?id=x'),
  },
  'our id with a web address': { id: fakeBrowser.runtime.id, url: 'https://evil.example/' },
};

const MESSAGES: Array<[string, unknown]> = [
  ['toggleReader', undefined],
  ['extractForSave', undefined],
  ['savedStateChanged', { id: null }],
  ['closeSavePopup', undefined],
];

async function ask(name: string, data: unknown, sender: Sender): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ lectern: name, data }, sender, () => {});
  return (await Promise.all(answers)).find((answer) => answer !== undefined);
}

let ctx: ContentScriptContext;
const toggleReader = vi.fn(async () => 'opened' as const);
beforeEach(() => {
  document.body.innerHTML = '<article><h1>A story</h1><p>Some words of the story.</p></article>';
  ctx = new ContentScriptContext('reader');
  toggleReader.mockClear();
  handleMessages<ContentProtocol>({ toggleReader }, isFromExtension);
  startLibraryLink(ctx);
});
afterEach(() => ctx.abort());

describe('the reader content script answers only Lectern’s background', () => {
  for (const [who, sender] of Object.entries(FORGED)) {
    it(`acts on nothing from ${who}`, async () => {
      for (const [name, data] of MESSAGES) expect(await ask(name, data, sender), name).toBeUndefined();
      expect(toggleReader).not.toHaveBeenCalled();
    });
  }

  it('answers the background', async () => {
    expect(await ask('toggleReader', undefined, background())).toBe('opened');
    expect(await ask('extractForSave', undefined, background())).toMatchObject({ ok: expect.any(Boolean) });
  });
});
