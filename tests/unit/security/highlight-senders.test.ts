import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleHighlightMessages } from '../../../entrypoints/background/highlight-messages';
import { targetAt } from '../../../core/annotate/selectors';
import { addHighlight, allHighlights, updateHighlight } from '../../../core/library/highlights';
import { library } from '../../../core/library/instance';
import { findByCanonicalUrl, saveArticle } from '../../../core/library/library';
import { payload } from '../library/make-article';

const TAB = 12;
const PAGE_URL = 'https://news.example/2026/harbour-bridge';
type Sender = Browser.runtime.MessageSender;
const tab = { id: TAB } as Browser.tabs.Tab;
const ownReader = (url = PAGE_URL): Sender => ({ id: fakeBrowser.runtime.id, tab, frameId: 0, url });
const framedPage = (): Sender => ({
  id: fakeBrowser.runtime.id,
  tab,
  frameId: 4,
  url: fakeBrowser.runtime.getURL('/save-frame.html?highlight=x'),
});
const FORGED: Record<string, Sender> = {
  'a web page': { tab, frameId: 0, url: 'https://evil.example/' },
  'another extension': { id: 'someone-else', url: 'chrome-extension://someone-else/background.js' },
  'another extension in a tab': { id: 'someone-else', tab, frameId: 0, url: PAGE_URL },
};

const TEXT = payload().text;
const target = targetAt(TEXT, 4, 13);

async function ask(name: string, data: unknown, sender: Sender): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ lectern: name, data }, sender, () => {});
  const settled = await Promise.allSettled(answers);
  return settled.map((s) => (s.status === 'fulfilled' ? s.value : 'rejected')).find((a) => a !== undefined);
}

let stop: () => void = () => {};
let highlightId = '';
let tabMessages: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  await library().open();
  await Promise.all(library().tables.map((table) => table.clear()));
  const saved = await saveArticle(library(), payload(), 1000);
  if (!saved.ok) throw new Error('no seed article');
  const h = await addHighlight(library(), saved.id, target, 'green', 2000);
  await updateHighlight(library(), h.id, { note: 'my private note' }, 3000);
  highlightId = h.id;
  tabMessages = vi.fn(async () => undefined);
  fakeBrowser.tabs.sendMessage = tabMessages as unknown as typeof fakeBrowser.tabs.sendMessage;
  stop = handleHighlightMessages();
});
afterEach(() => stop());

const every = (id: string): [string, unknown][] => [
  ['getHighlightMarks', { canonicalUrl: PAGE_URL }],
  ['addHighlight', { article: payload(), target, color: 'pink' }],
  ['getHighlight', { id }],
  ['getArticleHighlights', { articleId: 'x' }],
  ['updateHighlight', { id, note: 'forged' }],
  ['removeHighlight', { id }],
  ['jumpToHighlight', { id }],
];

describe('highlight messages', () => {
  for (const [who, sender] of Object.entries(FORGED)) {
    it(`answer nothing to ${who} and change nothing`, async () => {
      const before = await allHighlights(library());
      for (const [name, data] of every(highlightId))
        expect(await ask(name, data, sender), name).toBeUndefined();
      expect(await allHighlights(library())).toEqual(before);
      expect(tabMessages).not.toHaveBeenCalled();
    });
  }

  it('give the reader where its page’s highlights are and their colours, never a note', async () => {
    const marks = await ask('getHighlightMarks', { canonicalUrl: PAGE_URL }, ownReader());
    expect(marks).toEqual([{ id: highlightId, target, color: 'green', hasNote: true }]);
    expect(JSON.stringify(marks)).not.toContain('private');
    for (const name of ['getHighlight', 'getArticleHighlights', 'updateHighlight', 'removeHighlight']) {
      expect(await ask(name, { id: highlightId, articleId: 'x' }, ownReader()), name).toBeUndefined();
    }
  });

  it('give another site’s reader none of this page’s highlights, and let it add none to it', async () => {
    const evil = 'https://evil.example/copy';
    expect(await ask('getHighlightMarks', { canonicalUrl: PAGE_URL }, ownReader(evil))).toEqual([]);
    const claim = { article: payload({ url: evil, canonicalUrl: PAGE_URL }), target, color: 'pink' };
    expect(await ask('addHighlight', claim, ownReader(evil))).toEqual({ ok: false, reason: 'invalid' });
    const bad = { article: payload(), target: { ...target, quote: 'x' }, color: 'pink' };
    expect(await ask('addHighlight', bad, ownReader())).toEqual({ ok: false, reason: 'invalid' });
    expect(await allHighlights(library())).toHaveLength(1);
  });

  it('save an unsaved page when the reader highlights on it, and say so', async () => {
    const url = 'https://news.example/2026/new-story';
    const result = await ask(
      'addHighlight',
      { article: payload({ url }), target, color: 'blue' },
      ownReader(url),
    );
    const article = await findByCanonicalUrl(library(), url);
    expect(result).toMatchObject({
      ok: true,
      articleId: article!.id,
      savedNow: true,
      mark: { color: 'blue' },
    });
    const again = await ask(
      'addHighlight',
      { article: payload({ url }), target, color: 'blue' },
      ownReader(url),
    );
    expect(again).toMatchObject({ ok: true, savedNow: false });
  });

  it('let the framed editor read and change the note, and tell the reader in its tab', async () => {
    expect(await ask('getHighlight', { id: highlightId }, framedPage())).toMatchObject({
      note: 'my private note',
    });
    expect(await ask('updateHighlight', { id: highlightId, note: 'new', color: 'red' }, framedPage())).toBe(
      false,
    );
    expect(await ask('updateHighlight', { id: highlightId, note: 'new' }, framedPage())).toBe(true);
    expect(tabMessages).toHaveBeenCalledWith(
      TAB,
      { lectern: 'highlightsChanged', data: undefined },
      { frameId: 0 },
    );
    const removed = await ask('removeHighlight', { id: highlightId }, framedPage());
    expect(await allHighlights(library())).toEqual([]);
    expect(await ask('restoreHighlight', { ...(removed as object), note: 42 }, framedPage())).toBe(false);
    expect(await ask('restoreHighlight', removed, framedPage())).toBe(true);
    expect(await allHighlights(library())).toEqual([removed]);
  });
});
