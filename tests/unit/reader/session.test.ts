import { describe, expect, it, vi } from 'vitest';
import type { Article, Confidence, ExtractResult } from '../../../core/extract';
import { createReaderSession, type ReaderEnvironment } from '../../../core/reader/session';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';

const HIGH: Confidence = {
  level: 'high',
  reasons: [],
  signals: {
    proseKept: 1,
    proseLeft: 0,
    sectionsKept: 0,
    sectionsLeft: 0,
    continues: false,
    teasers: 0,
    articleWords: 300,
    declaredWords: null,
  },
};

function fakeArticle(): Article {
  return {
    url: 'https://example.com/a',
    title: 'A title',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    wordCount: 300,
    readingMinutes: 2,
    content: document.createDocumentFragment(),
  };
}

/** A fake page: counts overlays on screen and tracks what is hidden, with a slow overlay mount. */
function fakeEnvironment(
  result: ExtractResult = { ok: true, article: fakeArticle(), region: null, confidence: HIGH },
) {
  const state = {
    overlays: 0,
    hidden: false,
    notices: [] as string[],
    viewRestored: 0,
    requestClose: () => {},
  };
  const env: ReaderEnvironment = {
    extract: () => result,
    loadSettings: () => DEFAULT_SETTINGS,
    declutter: () => {
      state.hidden = true;
      return () => (state.hidden = false);
    },
    showOverlay: async (_article, requestClose) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      state.overlays++;
      state.requestClose = requestClose;
      return () => state.overlays--;
    },
    showNotice: (reason) => state.notices.push(reason),
    saveViewState: () => () => state.viewRestored++,
  };
  return { env, state };
}

describe('reader session', () => {
  it('opens the overlay and hides clutter, then closes and restores the page', async () => {
    const { env, state } = fakeEnvironment();
    const session = createReaderSession(env);
    expect(await session.toggle()).toBe('opened');
    await vi.waitFor(() => expect(state).toMatchObject({ overlays: 1, hidden: true }));
    expect(await session.toggle()).toBe('closed');
    expect(state).toMatchObject({ overlays: 0, hidden: false, viewRestored: 1 });
  });

  it('never shows two overlays when toggles arrive while one is opening', async () => {
    const { env, state } = fakeEnvironment();
    const session = createReaderSession(env);
    const outcomes = await Promise.all([session.toggle(), session.toggle(), session.toggle()]);
    expect(outcomes).toEqual(['opened', 'closed', 'opened']);
    expect(state.overlays).toBe(1);
    await session.toggle();
    expect(state.overlays).toBe(0);
  });

  it('draws the reader first and hides the clutter after; a close meanwhile stops the hiding and puts all back', async () => {
    const { env, state } = fakeEnvironment();
    const order: string[] = [];
    const { declutter, showOverlay } = env;
    let finishHiding = () => {};
    let hidingSignal: AbortSignal | null = null;
    env.showOverlay = async (...args) => {
      const unmount = await showOverlay(...args);
      order.push('overlay shown');
      return unmount;
    };
    env.declutter = async (region, settings, signal) => {
      order.push(`hiding with ${state.overlays} overlay on screen`);
      hidingSignal = signal;
      await new Promise<void>((resolve) => (finishHiding = resolve));
      return declutter(region, settings, signal);
    };
    const session = createReaderSession(env);
    expect(await session.toggle()).toBe('opened');
    await vi.waitFor(() => expect(order).toEqual(['overlay shown', 'hiding with 1 overlay on screen']));
    expect(await session.toggle()).toBe('closed');
    expect(hidingSignal!.aborted).toBe(true);
    // A hiding that ends after the close (one that does not stop at the signal) is put back at once.
    finishHiding();
    await vi.waitFor(() => expect(state.hidden).toBe(false));
    expect(state).toMatchObject({ overlays: 0, viewRestored: 1 });
  });

  it('closes when the overlay asks (Escape or its close button)', async () => {
    const { env, state } = fakeEnvironment();
    const session = createReaderSession(env);
    await session.toggle();
    state.requestClose();
    await vi.waitFor(() => expect(state.overlays).toBe(0));
    expect(session.isOpen()).toBe(false);
    expect(state.hidden).toBe(false);
  });

  it('shows a notice instead of an empty overlay when there is no article', async () => {
    const { env, state } = fakeEnvironment({ ok: false, reason: 'no-article' });
    const session = createReaderSession(env);
    expect(await session.toggle()).toBe('no-article');
    expect(state).toMatchObject({ overlays: 0, hidden: false, notices: ['no-article'] });
  });

  it('puts the page back if the overlay cannot be shown', async () => {
    const { env, state } = fakeEnvironment();
    env.showOverlay = () => Promise.reject(new Error('mount failed'));
    const session = createReaderSession(env);
    await expect(session.toggle()).rejects.toThrow('mount failed');
    expect(state.hidden).toBe(false);
    expect(session.isOpen()).toBe(false);
  });

  it('waits for an extraction that runs in later tasks', async () => {
    const { env, state } = fakeEnvironment();
    env.extract = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { ok: true, article: fakeArticle(), region: null, confidence: HIGH };
    };
    const session = createReaderSession(env);
    expect(await session.toggle()).toBe('opened');
    expect(state.overlays).toBe(1);
  });

  it('reads the settings while the page is being read, not after', async () => {
    const { env } = fakeEnvironment();
    const order: string[] = [];
    let finishExtraction = () => {};
    env.extract = async () => {
      order.push('extract started');
      await new Promise<void>((resolve) => (finishExtraction = resolve));
      order.push('extract done');
      return { ok: true, article: fakeArticle(), region: null, confidence: HIGH };
    };
    env.loadSettings = () => {
      order.push('settings asked');
      return DEFAULT_SETTINGS;
    };
    const session = createReaderSession(env);
    const opening = session.toggle();
    await vi.waitFor(() => expect(order).toContain('settings asked'));
    expect(order).not.toContain('extract done');
    finishExtraction();
    expect(await opening).toBe('opened');
  });

  it('hands the overlay the next page extraction found, so the page is not searched again', async () => {
    const { env } = fakeEnvironment();
    const nextPage = { url: 'https://example.com/a?page=2', number: 2, last: 3 };
    env.extract = () => ({ ok: true, article: fakeArticle(), region: null, confidence: HIGH, nextPage });
    const shown = vi.fn(env.showOverlay);
    env.showOverlay = shown;
    await createReaderSession(env).toggle();
    expect(shown.mock.calls[0]![3]).toMatchObject({ nextPage });
  });

  it('gives up with the "too large" notice when extracting took longer than its time budget', async () => {
    const { env, state } = fakeEnvironment();
    let clock = 0;
    env.now = () => clock;
    env.timeBudgetMs = 1000;
    env.extract = () => {
      clock += 1500;
      return { ok: true, article: fakeArticle(), region: null, confidence: HIGH };
    };
    const session = createReaderSession(env);
    expect(await session.toggle()).toBe('too-large');
    expect(state).toMatchObject({ overlays: 0, hidden: false, notices: ['too-large'] });
    expect(session.isOpen()).toBe(false);
  });

  it('keeps the reader but puts the page back when hiding the clutter ended past the budget', async () => {
    const { env, state } = fakeEnvironment();
    let clock = 0;
    env.now = () => clock;
    env.timeBudgetMs = 1000;
    const hide = env.declutter;
    let hidden = false;
    env.declutter = (region, settings, signal) => {
      clock += 1500;
      const restore = hide(region, settings, signal) as () => void;
      hidden = state.hidden;
      return restore;
    };
    const session = createReaderSession(env);
    expect(await session.toggle()).toBe('opened');
    await vi.waitFor(() => expect(hidden).toBe(true));
    expect(state).toMatchObject({ overlays: 1, hidden: false, notices: [] });
    expect(session.isOpen()).toBe(true);
  });

  it('reads settings once per opening and hands the same ones to hiding clutter and to the overlay', async () => {
    const { env } = fakeEnvironment();
    const settings = { ...DEFAULT_SETTINGS, hideClutter: false };
    const loadSettings = vi.fn(() => Promise.resolve(settings));
    const seen: unknown[] = [];
    const { declutter, showOverlay } = env;
    env.loadSettings = loadSettings;
    env.declutter = (region, given, signal) => {
      seen.push(given);
      return declutter(region, given, signal);
    };
    env.showOverlay = (article, close, given, shown) => {
      seen.push(given);
      return showOverlay(article, close, given, shown);
    };
    const session = createReaderSession(env);
    expect(await session.toggle()).toBe('opened');
    expect(loadSettings).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([settings, settings]);
  });

  it('opens normally within the budget', async () => {
    const { env, state } = fakeEnvironment();
    let clock = 0;
    env.now = () => (clock += 100);
    env.timeBudgetMs = 1000;
    const session = createReaderSession(env);
    expect(await session.toggle()).toBe('opened');
    expect(state.notices).toEqual([]);
  });

  describe('picking the article', () => {
    const picked = document.createElement('div');
    const pickedArticle = { ...fakeArticle(), title: 'Picked' };
    function withPicker(choice: Element | null) {
      const { env, state } = fakeEnvironment();
      const shown: string[] = [];
      const starts: (Element | null)[] = [];
      const { showOverlay } = env;
      env.showOverlay = (article, close, given, extraction) => {
        shown.push(`${article.title}${extraction.picked ? ' (picked)' : ''}`);
        return showOverlay(article, close, given, extraction);
      };
      env.pick = async (start) => {
        starts.push(start);
        return choice;
      };
      env.extractPicked = () => ({ ok: true, article: pickedArticle, region: picked, confidence: HIGH });
      return { env, state, shown, starts };
    }

    it('closes the reader, lets the user pick, and shows what they picked', async () => {
      const { env, state, shown } = withPicker(picked);
      const session = createReaderSession(env);
      await session.toggle();
      expect(await session.pick()).toBe('opened');
      expect(shown).toEqual(['A title', 'Picked (picked)']);
      expect(state.overlays).toBe(1);
    });

    it('goes back to the automatic reader when the picker is cancelled', async () => {
      const { env, shown } = withPicker(null);
      const session = createReaderSession(env);
      await session.toggle();
      expect(await session.pick()).toBe('opened');
      expect(shown).toEqual(['A title', 'A title']);
    });

    it('offers the picker on the "no article" notice, and a toggle while picking ends it closed', async () => {
      const { env, state } = withPicker(null);
      env.extract = () => ({ ok: false, reason: 'no-article' });
      const offers: boolean[] = [];
      env.showNotice = (_reason, requestPick) => offers.push(requestPick !== undefined);
      let aborted = false;
      env.pick = (_start, signal) =>
        new Promise((resolve) =>
          signal.addEventListener('abort', () => {
            aborted = true;
            resolve(null);
          }),
        );
      const session = createReaderSession(env);
      expect(await session.toggle()).toBe('no-article');
      expect(offers).toEqual([true]);
      const picking = session.pick();
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(await session.toggle()).toBe('closed');
      expect(await picking).toBe('closed');
      expect(aborted).toBe(true);
      expect(state.overlays).toBe(0);
    });
  });
  describe("a site's rule", () => {
    const region = document.createElement('article');
    const ruled = { ...fakeArticle(), title: 'Ruled' };
    function withRule(found: Element | 'missing' | null, picked: ExtractResult | null = null) {
      const { env, state } = fakeEnvironment();
      const shown: string[] = [];
      const { showOverlay } = env;
      env.showOverlay = (article, close, given, extraction) => {
        shown.push(`${article.title} (rule ${extraction.rule ?? 'none'})`);
        return showOverlay(article, close, given, extraction);
      };
      env.siteRule = async () => found;
      env.extractPicked = () => picked ?? { ok: true, article: ruled, region, confidence: HIGH };
      return { env, state, shown };
    }

    it('shows the region the rule finds, instead of the automatic extraction', async () => {
      const { env, shown } = withRule(region);
      expect(await createReaderSession(env).toggle()).toBe('opened');
      expect(shown).toEqual(['Ruled (rule applied)']);
    });

    it('falls back to the automatic extraction, and says so, when the rule finds nothing', async () => {
      const { env, shown } = withRule('missing');
      expect(await createReaderSession(env).toggle()).toBe('opened');
      expect(shown).toEqual(['A title (rule missing)']);
    });

    it('falls back too when what the rule finds holds no article', async () => {
      const { env, shown } = withRule(region, { ok: false, reason: 'no-article' });
      expect(await createReaderSession(env).toggle()).toBe('opened');
      expect(shown).toEqual(['A title (rule missing)']);
    });

    it('without a rule, the automatic extraction as before', async () => {
      const { env, shown } = withRule(null);
      expect(await createReaderSession(env).toggle()).toBe('opened');
      expect(shown).toEqual(['A title (rule none)']);
    });

    it('does not wait for the stored rule before reading the page', async () => {
      const { env, shown } = withRule(null);
      const order: string[] = [];
      env.siteRule = async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push('rule read');
        return null;
      };
      const { extract } = env;
      env.extract = () => {
        order.push('page read');
        return extract();
      };
      expect(await createReaderSession(env).toggle()).toBe('opened');
      expect(order).toEqual(['page read', 'rule read']);
      expect(shown).toEqual(['A title (rule none)']);
    });

    it('opens with the automatic reading when the stored rule cannot be read', async () => {
      const { env, shown } = withRule(null);
      env.siteRule = () => Promise.reject(new Error('storage gone'));
      expect(await createReaderSession(env).toggle()).toBe('opened');
      expect(shown).toEqual(['A title (rule none)']);
    });
  });
});
