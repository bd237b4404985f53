import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleLibraryMessages } from '../../../entrypoints/background/library-messages';
import { onMenuClick, MENU } from '../../../entrypoints/background/context-menus';
import { onCommand } from '../../../entrypoints/background/triggers';
import { library } from '../../../core/library/instance';
import { listArticles } from '../../../core/library/library';
import type { ArticlePayload } from '../../../core/library/record';
import { payload } from '../library/make-article';

const TAB = 12;
const contentScript = (): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  tab: { id: TAB } as Browser.tabs.Tab,
  frameId: 0,
  url: 'https://news.example/story',
});
const extensionPage = (tab?: number): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/save-frame.html?id=x'),
  ...(tab === undefined ? {} : { tab: { id: tab } as Browser.tabs.Tab }),
});
const otherExtension = (): Browser.runtime.MessageSender => ({
  id: 'someone-else',
  url: 'chrome-extension://someone-else/',
});

async function ask(name: string, data: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ lectern: name, data }, sender, () => {});
  return (await Promise.all(answers)).find((answer) => answer !== undefined);
}

/** The reader content script in a tab: answers extractForSave with `article` and records what it is told. */
function fakeReader(article: ArticlePayload | null) {
  const told: Array<{ lectern: string; data: unknown }> = [];
  fakeBrowser.tabs.sendMessage = vi.fn(async (_tab: number, message: { lectern: string; data: unknown }) => {
    told.push(message);
    if (message.lectern === 'extractForSave') {
      return article ? { ok: true, article } : { ok: false, reason: 'no-article' };
    }
    return undefined;
  }) as unknown as typeof fakeBrowser.tabs.sendMessage;
  return told;
}

let stop: () => void = () => {};
beforeEach(async () => {
  await library().open();
  await Promise.all(library().tables.map((table) => table.clear()));
  stop = handleLibraryMessages();
});
afterEach(() => stop());

describe('the background’s library messages', () => {
  it('saves what Lectern’s content script sends and tells it the page is saved', async () => {
    const result = (await ask('saveArticle', payload(), contentScript())) as { ok: boolean; id: string };
    expect(result).toMatchObject({ ok: true, created: true });
    expect(await ask('lookupSaved', { canonicalUrl: payload().canonicalUrl }, contentScript())).toBe(
      result.id,
    );
  });

  it('refuses a malformed payload from a content script', async () => {
    expect(await ask('saveArticle', { ...payload(), html: 42 }, contentScript())).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await listArticles(library())).toEqual([]);
  });

  it('never lets a content script read or change the library, nor another extension do anything', async () => {
    const saved = (await ask('saveArticle', payload(), contentScript())) as { id: string };
    for (const [name, data] of [
      ['getSaveDetails', { id: saved.id }],
      ['getSavedArticle', { id: saved.id }],
      ['removeSaved', { id: saved.id }],
      ['updateSaved', { id: saved.id, tags: ['x'] }],
    ] as const) {
      expect(await ask(name, data, contentScript())).toBeUndefined();
      expect(await ask(name, data, otherExtension())).toBeUndefined();
    }
    expect(
      await ask('saveArticle', payload({ url: 'https://evil.example/' }), otherExtension()),
    ).toBeUndefined();
    expect(await ask('saveArticle', payload(), extensionPage())).toBeUndefined();
    expect((await listArticles(library())).map((a) => a.tags)).toEqual([[]]);
  });

  it('gives the save popup the entry and the user’s tags; its Remove turns the tab’s Save button back', async () => {
    const saved = (await ask('saveArticle', payload(), contentScript())) as { id: string };
    expect(
      await ask('updateSaved', { id: saved.id, tags: ['city', ' city ', 'trams'] }, extensionPage(TAB)),
    ).toBe(true);
    expect(await ask('getSaveDetails', { id: saved.id }, extensionPage(TAB))).toEqual({
      id: saved.id,
      title: payload().title,
      tags: ['city', 'trams'],
      knownTags: ['city', 'trams'],
    });
    const told = fakeReader(null);
    expect(await ask('removeSaved', { id: saved.id }, extensionPage(TAB))).toBe(true);
    expect(told).toEqual([{ lectern: 'savedStateChanged', data: { id: null } }]);
    expect(await listArticles(library())).toEqual([]);
  });
});

describe('saving without opening the reader', () => {
  beforeEach(() => {
    Object.assign(fakeBrowser, { scripting: { executeScript: vi.fn(async () => []) } });
  });

  it('saves the page from the save-article shortcut and confirms with a check mark on the icon', async () => {
    fakeReader(payload());
    expect(await onCommand('save-article', { id: TAB } as Browser.tabs.Tab)).toMatchObject({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('✓');
    expect((await listArticles(library())).map((a) => a.title)).toEqual([payload().title]);
  });

  it('says on the icon why nothing was saved on a page without an article', async () => {
    fakeReader(null);
    expect(await onCommand('save-article', { id: TAB } as Browser.tabs.Tab)).toEqual({
      ok: false,
      reason: 'no-article',
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toMatch(/no article/);
    expect(await listArticles(library())).toEqual([]);
  });

  it('saves from the page’s context menu, and opens the reading list from the toolbar icon’s', async () => {
    fakeReader(payload());
    await onMenuClick(
      { menuItemId: MENU.savePage } as Browser.contextMenus.OnClickData,
      { id: TAB } as Browser.tabs.Tab,
    );
    expect(await listArticles(library())).toHaveLength(1);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onMenuClick({ menuItemId: MENU.openLibrary } as Browser.contextMenus.OnClickData);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/library.html') });
  });
});
