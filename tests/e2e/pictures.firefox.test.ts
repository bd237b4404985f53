import { resolve } from 'node:path';
import type { HTTPRequest } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxDriver } from './firefox/driver';
import { launchFirefoxWithExtension } from './firefox/launch';
import { ARTIFACTS_DIR } from './harness/paths';
import { HTML, serve, type Served } from './harness/serve';
import { png, startPictureSites, type PictureSites } from './pictures/picture-sites';
import type { KeptRecord } from './pictures/steps';
import { unreachableHosts, type UnreachableHosts } from './pictures/unreachable-hosts';
import { waitUntil } from './scenarios/reader-ui';
import { byRole, findAll, type AxNode } from './support/ax-tree';
import { remotePictureRefusal } from './pictures/csp-probe';

const BEFORE = 'The north light before access';
const WITH = 'The south light with its pictures';
const ALTS = ['The harbour at dawn', 'The keeper on the gallery', 'A map of the bay'];
/** The one colour of each served picture (pictures/picture-sites.ts), in the article's order. */
const COLOURS = [
  [60, 120, 170],
  [200, 150, 80],
  [90, 160, 90],
];

/** One picture of the saved copy's body: where it comes from, whether it drew, and the colour it drew. */
interface Shown {
  alt: string;
  src: string;
  drawn: boolean;
  width: number;
  colour: number[];
}

// Firefox grants an optional permission without its prompt when extensions.webextOptionalPermissionPrompts is
// false: the click on "Allow site access" is the user's, and the grant follows as if the user allowed it.
// What the saved copy's tab asks of the network is watched twice: by Firefox (every request the tab sends,
// over WebDriver BiDi) and by the hosts themselves (every request or connection they receive).
// Runs against the built add-on in .output/firefox-mv3: `npm run build:firefox` first.
describe('pictures kept with saved articles in Firefox, and saved copies that load nothing from the network', () => {
  let driver: FirefoxDriver;
  let sites: PictureSites;
  let offline: UnreachableHosts | null = null;
  beforeAll(async () => {
    sites = await startPictureSites();
    driver = new FirefoxDriver(
      await launchFirefoxWithExtension(undefined, { 'extensions.webextOptionalPermissionPrompts': false }),
    );
  });
  afterAll(async () => {
    await driver?.close();
    await sites?.close();
    await offline?.close();
  });
  afterEach(() => {
    expect(driver.backgroundErrors()).toEqual([]);
    expect(driver.pageErrors()).toEqual([]);
  });

  const has = (role: string, name: string) => (tree: AxNode) => findAll(tree, byRole(role, name)).length > 0;
  const waitForAx = async (ready: (tree: AxNode) => boolean, what: string) => {
    await waitUntil(async () => ready(await driver.axTree()), what);
  };
  const pageText = () => driver.evaluate(() => document.body.textContent ?? '', null);
  const waitForText = (text: string) =>
    waitUntil(async () => (await pageText()).includes(text), `"${text}" on the page`, pageText);

  /** Opens the reader with the toolbar button and saves with its Save button, as a user does. */
  const saveFromReader = async (url: string) => {
    await driver.openPage(url);
    await driver.clickToolbarButton();
    await waitForAx(has('button', 'Save'), 'the reader’s Save button');
    await driver.clickByRole('button', 'Save');
    await waitForAx(has('button', 'Saved'), 'the button to say Saved');
  };

  /** What the reading list holds of an article's pictures, read from its IndexedDB on a Lectern page. */
  const keptOf = async (title: string) => {
    await driver.openExtensionPage('library.html');
    return driver.evaluate(
      (wanted) =>
        new Promise<{ record: KeptRecord | undefined; stored: number }>((done, fail) => {
          const open = indexedDB.open('lectern-library');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['articles', 'articlePictures', 'pictures'], 'readonly');
            const articles = tx.objectStore('articles').getAll();
            const records = tx.objectStore('articlePictures').getAll();
            const stored = tx.objectStore('pictures').count();
            tx.oncomplete = () => {
              db.close();
              const id = (articles.result as Array<{ id: string; title: string }>).find(
                (article) => article.title === wanted,
              )?.id;
              const record = (records.result as KeptRecord[]).find((r) => r.id === id);
              done({ record, stored: stored.result });
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      title,
    );
  };

  /** The saved copy's pictures, each drawn on a canvas to read the colour it shows. */
  const picturesShown = () =>
    driver.evaluate(
      () =>
        Array.from(document.querySelectorAll<HTMLImageElement>('.article-body img'), (img): Shown => {
          const drawn = img.complete && img.naturalWidth > 0;
          let colour: number[] = [];
          if (drawn) {
            const canvas = document.createElement('canvas');
            canvas.width = canvas.height = 1;
            const context = canvas.getContext('2d')!;
            context.drawImage(img, img.naturalWidth / 2, img.naturalHeight / 2, 1, 1, 0, 0, 1, 1);
            colour = Array.from(context.getImageData(0, 0, 1, 1).data.slice(0, 3));
          }
          return { alt: img.alt, src: img.getAttribute('src') ?? '', drawn, width: img.naturalWidth, colour };
        }),
      null,
    );
  const allDrawn = async () => {
    const shown = await picturesShown();
    return shown.length === ALTS.length && shown.every((p) => p.drawn);
  };
  /** Each picture shows its own colour (a lossy re-encoding moves it a little). */
  const expectTheirColours = (shown: Shown[]) => {
    shown.forEach((picture, n) =>
      picture.colour.forEach((channel, c) => expect(Math.abs(channel - COLOURS[n]![c]!)).toBeLessThan(12)),
    );
  };

  /**
   * Opens the reading list, starts watching every http(s) request its tab sends, and opens the article
   * from its link, as a user does.
   */
  const openFromList = async (title: string) => {
    await driver.openExtensionPage('library.html');
    const urls: string[] = [];
    const watch = (request: HTTPRequest) => {
      if (/^https?:/i.test(request.url())) urls.push(request.url());
    };
    const page = driver.currentPage;
    page.on('request', watch);
    await waitForAx(has('link', title), `the link to "${title}"`);
    await driver.clickByRole('link', title);
    await waitForAx(has('heading', title), `the saved copy of "${title}"`);
    return { urls, stop: () => void page.off('request', watch) };
  };

  it('without site access, saves the article and keeps a note that its pictures were not kept', async () => {
    await saveFromReader(sites.news.url('/before-access'));
    await waitUntil(async () => (await keptOf(BEFORE)).record !== undefined, 'the picture record');
    const { record, stored } = await keptOf(BEFORE);
    expect(record!.refs.map((ref) => ref.leftOut)).toEqual(['no-access', 'no-access', 'no-access']);
    expect(stored).toBe(0);
  });

  it('grants site access from the options page, where the reason is given', async () => {
    await driver.openExtensionPage('options.html');
    await waitForText('Lectern needs access to those sites');
    await driver.clickByRole('button', 'Allow site access');
    await waitForText('Lectern has site access: pictures are kept');
  });

  it('keeps every picture of an article saved with access: the panorama shrunk, from both hosts', async () => {
    await saveFromReader(sites.news.url('/with-access'));
    await waitUntil(
      async () => (await keptOf(WITH)).record?.refs.every((ref) => ref.hash) ?? false,
      'the kept pictures',
    );
    expect((await keptOf(WITH)).stored).toBe(3);
  });

  it('online, opens the unkept article with zero remote requests until "Load remote pictures"', async () => {
    const before = { ...sites.hits };
    const requests = await openFromList(BEFORE);
    await waitForText('Pictures not kept with this article: 3');
    await new Promise((done) => setTimeout(done, 1000));
    expect(requests.urls).toEqual([]);
    expect(sites.hits).toEqual(before);
    expect((await picturesShown()).map((p) => p.drawn)).toEqual([false, false, false]);

    await driver.clickByRole('button', 'Load remote pictures');
    await waitUntil(allDrawn, 'the remote pictures', async () => JSON.stringify(await picturesShown()));
    const shown = await picturesShown();
    expect(shown.every((p) => p.src.startsWith('blob:'))).toBe(true);
    expectTheirColours(shown);
    expect(sites.hits.pictures).toBe(before.pictures + 2);
    expect(sites.hits.news).toBe(before.news + 1);
    expect([...requests.urls].sort()).toEqual(
      [
        sites.pictures.url('/panorama.png'),
        sites.pictures.url('/keeper.png'),
        sites.news.url('/local-map.png'),
      ].sort(),
    );
    requests.stop();
  });

  it('online, the kept article shows its stored pictures and asks the network for nothing', async () => {
    const before = { ...sites.hits };
    const requests = await openFromList(WITH);
    await waitUntil(allDrawn, 'the pictures', async () => JSON.stringify(await picturesShown()));
    const shown = await picturesShown();
    expect(shown.map((p) => p.alt)).toEqual(ALTS);
    expect(shown.every((p) => p.src.startsWith('blob:'))).toBe(true);
    expect(shown[0]!.width).toBe(2080);
    expectTheirColours(shown);
    expect(await pageText()).not.toContain('Pictures not kept');

    // The reading list's content-security policy itself: a remote picture put into the page is refused
    // before any request leaves (the control: the same address answers when fetched from here).
    const refused = await driver.evaluate(remotePictureRefusal, sites.pictures.url('/keeper.png'));
    expect(refused).toBe('img-src');
    await new Promise((done) => setTimeout(done, 500));
    expect(requests.urls).toEqual([]);
    expect(sites.hits).toEqual(before);
    expect(await fetch(sites.pictures.url('/keeper.png')).then((r) => r.status)).toBe(200);
    requests.stop();
  });

  it('with every host unreachable, opens it from the reading list: every picture shows, zero requests', async () => {
    await sites.close();
    offline = await unreachableHosts([sites.news.origin, sites.pictures.origin]);
    // The control: the hosts are down for the browser, and a request to them is seen arriving.
    await driver.openExtensionPage('library.html');
    const control = await driver.evaluate(
      (url) =>
        fetch(url).then(
          () => 'answered',
          () => 'failed',
        ),
      sites.pictures.url('/keeper.png'),
    );
    expect(control).toBe('failed');
    expect(offline.attempts.length).toBeGreaterThan(0);
    offline.attempts.length = 0;

    const requests = await openFromList(WITH);
    await waitUntil(allDrawn, 'the pictures', async () => JSON.stringify(await picturesShown()));
    const shown = await picturesShown();
    expect(shown.map((p) => p.alt)).toEqual(ALTS);
    expect(shown.every((p) => p.src.startsWith('blob:'))).toBe(true);
    expectTheirColours(shown);
    await new Promise((done) => setTimeout(done, 1000));
    expect(requests.urls).toEqual([]);
    expect(offline.attempts).toEqual([]);
    // The first picture just below the list's bar, and the second one under it.
    await driver.currentPage.setViewport({ width: 1280, height: 1000 });
    await driver.evaluate(() => {
      const figure = document.querySelector('.article-body figure')!;
      window.scrollTo(0, figure.getBoundingClientRect().top + window.scrollY - 80);
    }, null);
    await driver.screenshot(resolve(ARTIFACTS_DIR, 'firefox', 'pictures-kept-offline.png'));
    requests.stop();
  });
});

/** How long Firefox lets its event page sit idle here (its default is 30 s), and how slow the pictures are. */
const IDLE_MS = 8000;
const SLOW_MS = 12_000;

// Firefox suspends an event page that has handled no event and called no extension API for a while, fetches
// pending or not. Here that while is shortened, and a picture host takes longer than it to answer.
describe('pictures that take longer than Firefox lets its background sit idle', () => {
  let driver: FirefoxDriver;
  let pictures: Served;
  let news: Served;
  const answered: string[] = [];
  beforeAll(async () => {
    pictures = await serve(async (url) => {
      await new Promise((done) => setTimeout(done, SLOW_MS));
      answered.push(url.pathname);
      return { body: png(900, 300, [60, 120, 170]), type: 'image/png' };
    });
    const prose = `<p>${'The keepers trim the wicks at dusk and log every passing ship before midnight. '.repeat(6)}</p>`;
    news = await serve(() => ({
      type: HTML,
      body: `<!doctype html><html lang="en"><head><title>The slow light</title></head><body><article>
        <h1>The slow light</h1>${prose.repeat(2)}
        <figure><img src="${pictures.url('/east.png')}" alt="The east pier"></figure>${prose.repeat(2)}
        <figure><img src="${pictures.url('/west.png')}" alt="The west pier"></figure>${prose}
      </article></body></html>`,
    }));
    driver = new FirefoxDriver(
      await launchFirefoxWithExtension(undefined, {
        'extensions.webextOptionalPermissionPrompts': false,
        'extensions.background.idle.timeout': IDLE_MS,
      }),
    );
  });
  afterAll(async () => {
    await driver?.close();
    await pictures?.close();
    await news?.close();
  });

  it('keeps them all: the background stays up until they are stored', async () => {
    const pageHas = async (text: string) =>
      (await driver.evaluate(() => document.body.textContent ?? '', null)).includes(text);
    await driver.openExtensionPage('options.html');
    await waitUntil(() => pageHas('Lectern needs access to those sites'), 'the reason for site access');
    await driver.clickByRole('button', 'Allow site access');
    await waitUntil(() => pageHas('Lectern has site access'), 'the site access');
    await driver.openPage(news.url('/slow'));
    await driver.clickToolbarButton();
    await waitUntil(
      async () => findAll(await driver.axTree(), byRole('button', 'Save')).length > 0,
      'the reader',
    );
    await driver.clickByRole('button', 'Save');
    await waitUntil(
      async () => findAll(await driver.axTree(), byRole('button', 'Saved')).length > 0,
      'Saved',
    );
    // Nothing of Lectern's is open while the pictures come: no page or message keeps the background up.
    // The host answers each picture twice, to the article's tab (it loads them) and to the background.
    await driver.openPage('about:blank');
    const deadline = Date.now() + SLOW_MS * 3;
    while (answered.length < 4 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 250));
    expect(answered.sort()).toEqual(['/east.png', '/east.png', '/west.png', '/west.png']);

    // The background's fetches have ended by now, so whatever it is going to keep is kept in a moment.
    await driver.openExtensionPage('library.html');
    await waitUntil(() => pageHas('The slow light'), 'the reading list');
    await new Promise((done) => setTimeout(done, 2000));
    await driver.clickByRole('link', 'The slow light');
    const shownNow = () =>
      driver.evaluate(
        () =>
          Array.from(document.querySelectorAll<HTMLImageElement>('.article-body img'), (img) => ({
            src: img.getAttribute('src') ?? '',
            drawn: img.complete && img.naturalWidth > 0,
          })),
        null,
      );
    // The saved copy loads its pictures as they come near the window (loading="lazy"), as a reader scrolls.
    await driver.evaluate(() => document.querySelectorAll('.article-body img')[1]?.scrollIntoView(), null);
    await waitUntil(
      async () => (await shownNow()).filter((p) => p.drawn).length === 2,
      'both pictures',
      async () => JSON.stringify(await shownNow()),
    );
    const shown = await shownNow();
    expect(shown).toEqual([
      { src: expect.stringMatching(/^blob:/), drawn: true },
      { src: expect.stringMatching(/^blob:/), drawn: true },
    ]);
    expect(await pageHas('not kept')).toBe(false);
    expect(driver.backgroundErrors()).toEqual([]);
  }, 120_000);
});
