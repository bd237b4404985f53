import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleLibraryMessages } from '../../../entrypoints/background/library-messages';
import { exportLibrary } from '../../../core/library/exchange';
import { library } from '../../../core/library/instance';
import { saveArticle, updateArticle } from '../../../core/library/library';
import { payload } from '../library/make-article';

const TAB = 12;
const PAGE_URL = 'https://news.example/2026/harbour-bridge';

type Sender = Browser.runtime.MessageSender;
const tab = { id: TAB } as Browser.tabs.Tab;

/** Lectern's reader in the top frame of a tab on news.example: the one sender the reader protocol trusts. */
const ownReader = (url = PAGE_URL): Sender => ({ id: fakeBrowser.runtime.id, tab, frameId: 0, url });
/** Lectern's own pages: the save popup framed in a tab, and the reading list. */
const savePopup = (): Sender => ({
  id: fakeBrowser.runtime.id,
  tab,
  frameId: 4,
  url: fakeBrowser.runtime.getURL('/save-frame.html?id=x'),
});

/** Senders that must get nothing done, whatever they ask. */
const FORGED: Record<string, Sender> = {
  'a web page (no extension id)': { tab, frameId: 0, url: 'https://evil.example/' },
  'another extension': { id: 'someone-else', url: 'chrome-extension://someone-else/background.js' },
  'another extension in a tab': { id: 'someone-else', tab, frameId: 0, url: PAGE_URL },
  'a page claiming our id in its url only': {
    id: 'someone-else',
    url: fakeBrowser.runtime.getURL('/library.html'),
  },
};

/** Every message the background answers, with a request that would change or reveal something. */
function everyRequest(id: string): Array<[string, unknown]> {
  return [
    ['saveArticle', payload({ title: 'Forged' })],
    ['lookupSaved', { canonicalUrl: PAGE_URL }],
    ['getSaveDetails', { id }],
    ['getSavedArticle', { id }],
    ['updateSaved', { id, title: 'Forged', tags: ['forged'] }],
    ['removeSaved', { id }],
    ['closeSavePopup', undefined],
    ['saveTab', { tabId: TAB }],
    ['readTab', { tabId: TAB }],
  ];
}

async function ask(name: string, data: unknown, sender: Sender): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ lectern: name, data }, sender, () => {});
  const settled = await Promise.allSettled(answers);
  return settled.map((s) => (s.status === 'fulfilled' ? s.value : 'rejected')).find((a) => a !== undefined);
}

let stop: () => void = () => {};
let savedId = '';
let tabMessages: ReturnType<typeof vi.fn>;
let injections: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  await library().open();
  await Promise.all(library().tables.map((table) => table.clear()));
  const saved = await saveArticle(library(), payload(), 1000);
  if (!saved.ok) throw new Error('no seed article');
  savedId = saved.id;
  await updateArticle(library(), savedId, { tags: ['private-tag'] }, 2000);
  tabMessages = vi.fn(async () => ({ ok: true, article: payload({ title: 'Extracted' }) }));
  injections = vi.fn(async () => []);
  fakeBrowser.tabs.sendMessage = tabMessages as unknown as typeof fakeBrowser.tabs.sendMessage;
  Object.assign(fakeBrowser, { scripting: { executeScript: injections } });
  stop = handleLibraryMessages();
});
afterEach(() => stop());

const snapshot = async () => (await exportLibrary(library(), new Date(0))).articles;

describe('forged senders get nothing from the background', () => {
  for (const [who, sender] of Object.entries(FORGED)) {
    it(`ignores every message from ${who}`, async () => {
      const before = await snapshot();
      for (const [name, data] of everyRequest(savedId)) {
        expect(await ask(name, data, sender), name).toBeUndefined();
      }
      expect(await snapshot()).toEqual(before);
      expect(tabMessages).not.toHaveBeenCalled();
      expect(injections).not.toHaveBeenCalled();
      expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
    });
  }

  it('lets Lectern’s content script neither read nor change the library, nor drive a tab', async () => {
    const before = await snapshot();
    for (const [name, data] of everyRequest(savedId).filter(
      ([n]) => !/^(save|lookup)/.test(n) || n === 'saveTab',
    )) {
      expect(await ask(name, data, ownReader()), name).toBeUndefined();
    }
    expect(await snapshot()).toEqual(before);
    expect(tabMessages).not.toHaveBeenCalled();
    expect(injections).not.toHaveBeenCalled();
  });

  it('ignores Lectern’s content script when it is not in the top frame (the reader never is)', async () => {
    const before = await snapshot();
    const inFrame = { ...ownReader(), frameId: 7 };
    expect(await ask('saveArticle', payload({ title: 'Forged' }), inFrame)).toBeUndefined();
    expect(await ask('lookupSaved', { canonicalUrl: PAGE_URL }, inFrame)).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('does not let the save popup or the reading list speak as a content script', async () => {
    const before = await snapshot();
    expect(await ask('saveArticle', payload({ title: 'Forged' }), savePopup())).toBeUndefined();
    expect(await ask('lookupSaved', { canonicalUrl: PAGE_URL }, savePopup())).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });
});

describe('what a page can make Lectern’s content script send', () => {
  it('cannot save over another site’s entry by claiming its canonical address', async () => {
    const before = await snapshot();
    const evil = 'https://evil.example/page';
    const claim = payload({ url: evil, canonicalUrl: PAGE_URL, title: 'Overwritten', html: '<p>x</p>' });
    expect(await ask('saveArticle', claim, ownReader(evil))).toEqual({ ok: false, reason: 'invalid' });
    expect(await snapshot()).toEqual(before);
  });

  it('cannot save over, or ask about, its parent domain’s entry from a subdomain, nor the reverse', async () => {
    const before = await snapshot();
    // On a platform that gives each user a subdomain, any user could otherwise replace what the user saved.
    const child = 'https://evil.news.example/copy';
    const claim = payload({ url: child, canonicalUrl: PAGE_URL, title: 'Overwritten', html: '<p>x</p>' });
    expect(await ask('saveArticle', claim, ownReader(child))).toEqual({ ok: false, reason: 'invalid' });
    expect(await ask('lookupSaved', { canonicalUrl: PAGE_URL }, ownReader(child))).toBeNull();
    // The shortcut, the context menu and the toolbar popup save through saveTab: the same rule holds.
    tabMessages.mockResolvedValue({ ok: true, article: claim });
    expect(await ask('saveTab', { tabId: TAB }, savePopup())).toEqual({ ok: false, reason: 'invalid' });
    const parent = 'https://news.example/';
    const down = payload({ url: parent, canonicalUrl: 'https://blog.news.example/a', title: 'Down' });
    expect(await ask('saveArticle', down, ownReader(parent))).toEqual({ ok: false, reason: 'invalid' });
    expect(await snapshot()).toEqual(before);
  });

  it('cannot save an article of another origin than the page the script runs in', async () => {
    const before = await snapshot();
    const other = payload({ url: 'https://news.example.evil.test/a', title: 'Forged' });
    expect(await ask('saveArticle', other, ownReader('https://evil.test/'))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('cannot learn whether another site’s address is saved', async () => {
    expect(await ask('lookupSaved', { canonicalUrl: PAGE_URL }, ownReader())).toBe(savedId);
    expect(
      await ask('lookupSaved', { canonicalUrl: PAGE_URL }, ownReader('https://evil.example/')),
    ).toBeNull();
  });

  it('gets the "nothing" answer for a request of the wrong shape', async () => {
    const before = await snapshot();
    for (const data of [undefined, null, 'x', 42, [], { canonicalUrl: 7 }]) {
      expect(await ask('lookupSaved', data, ownReader())).toBeNull();
      expect(await ask('saveArticle', data, ownReader())).toEqual({ ok: false, reason: 'invalid' });
    }
    for (const data of [undefined, null, 'x', { id: 7 }, { id: '' }, { id: 'x'.repeat(10_000) }]) {
      expect(await ask('getSaveDetails', data, savePopup())).toBeNull();
      expect(await ask('getSavedArticle', data, savePopup())).toBeNull();
      expect(await ask('updateSaved', data, savePopup())).toBe(false);
      expect(await ask('removeSaved', data, savePopup())).toBe(false);
    }
    for (const data of [undefined, { tabId: '12' }, { tabId: -1 }, { tabId: 1.5 }]) {
      expect(await ask('saveTab', data, savePopup())).toEqual({ ok: false, reason: 'restricted' });
      expect(await ask('readTab', data, savePopup())).toBeUndefined();
    }
    expect(await snapshot()).toEqual(before);
    expect(injections).not.toHaveBeenCalled();
  });
});

describe('a payload with more than an article in it', () => {
  it('keeps only the article’s fields: no id, tags, state or save date of the sender’s choosing', async () => {
    const extra = {
      ...payload({ title: 'Edited elsewhere' }),
      id: 'chosen-id',
      tags: ['planted'],
      read: 1,
      archived: 1,
      savedAt: 1,
      progress: 1,
    };
    const result = (await ask('saveArticle', extra, ownReader())) as { ok: boolean; id: string };
    expect(result).toMatchObject({ ok: true, id: savedId, created: false });
    const [stored] = await snapshot();
    expect(stored).toMatchObject({ id: savedId, title: 'Edited elsewhere', tags: ['private-tag'], read: 0 });
    expect(stored).toMatchObject({ archived: 0, savedAt: 1000, progress: 0 });
  });
});
