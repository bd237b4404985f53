import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LibraryBrowser } from './chromium/library-browser';
import { pressKeys } from './chromium/x-keys';
import type { LaunchOptions } from './harness/launch';
import { useExtensionBrowser } from './harness/use-extension-browser';
import { startVirtualDisplay, type VirtualDisplay } from './harness/virtual-display';
import { startPictureSites } from './pictures/picture-sites';
import { keptPictures, picturesShown, watchRequests } from './pictures/steps';
import { saveFromReader } from './security-data/save-from-reader';
import { waitUntil } from './scenarios/reader-ui';
import { remotePictureRefusal } from './pictures/csp-probe';

const BEFORE = 'The north light before access';
const WITH = 'The south light with its pictures';
const ALTS = ['The harbour at dawn', 'The keeper on the gallery', 'A map of the bay'];

// Chromium asks for the optional site access in a dialog of its own, which only a headed browser has: this
// file runs a headed Chromium on a virtual display and answers the dialog with the keyboard.
// Runs against the built extension in .output/chrome-mv3: `npm run build` first.
describe('pictures kept with saved articles, and saved copies that load nothing from the network', () => {
  let display: VirtualDisplay | null = null;
  const launch: Omit<LaunchOptions, 'userDataDir'> = {
    headless: false,
    extraArgs: ['--window-position=0,0', '--window-size=1280,900'],
  };
  beforeAll(async () => {
    display = await startVirtualDisplay();
    launch.display = display.display;
  });
  const suite = useExtensionBrowser({
    kind: LibraryBrowser,
    profile: 'lectern-pictures-',
    startServer: startPictureSites,
    launch,
  });
  afterAll(async () => {
    await display?.close();
  });
  const open = () => suite.browser();
  const sites = () => suite.server();

  afterEach(() => {
    expect(open().uncaughtErrors()).toEqual([]);
  });

  const recordOf = async (title: string) => {
    const { records } = await keptPictures(open());
    const ids = await open().inBackground(
      (wanted) =>
        new Promise<string[]>((done) => {
          const request = indexedDB.open('lectern-library');
          request.onsuccess = () => {
            const all = request.result.transaction('articles').objectStore('articles').getAll();
            all.onsuccess = () => {
              done(
                (all.result as Array<{ id: string; title: string }>)
                  .filter((a) => a.title === wanted)
                  .map((a) => a.id),
              );
              request.result.close();
            };
          };
        }),
      title,
    );
    return records.find((record) => record.id === ids[0]);
  };

  const openFromList = async (title: string) => {
    await open().openPage(open().extensionUrl('library.html'));
    const requests = await watchRequests(open().page);
    await open().page.getByRole('link', { name: title }).click();
    await open().page.getByRole('heading', { name: title }).waitFor();
    return requests;
  };

  it('without site access, saves the article and says in the saved copy that its pictures were not kept', async () => {
    await open().openPage(sites().news.url('/before-access'));
    await saveFromReader(open());
    await waitUntil(async () => (await recordOf(BEFORE)) !== undefined, 'the picture record');
    const record = (await recordOf(BEFORE))!;
    expect(record.refs.map((ref) => ref.leftOut)).toEqual(['no-access', 'no-access', 'no-access']);
  });

  it('asks for site access when the user allows it on the options page, with the reason', async () => {
    await open().openPage(open().extensionUrl('options.html'));
    await open().page.getByText('Lectern needs access to those sites').waitFor();
    await open().page.getByRole('button', { name: 'Allow site access' }).click();
    await new Promise((done) => setTimeout(done, 1500));
    await pressKeys(display!.display, 'Tab', 'Return');
    await open().page.getByText('Lectern has site access: pictures are kept').waitFor({ timeout: 15_000 });
  });

  it('keeps every picture of an article saved with access: the panorama shrunk, from both hosts', async () => {
    await open().openPage(sites().news.url('/with-access'));
    await saveFromReader(open());
    await waitUntil(
      async () => (await recordOf(WITH))?.refs.every((ref) => ref.hash) ?? false,
      'the kept pictures',
    );
    expect((await keptPictures(open())).stored).toBe(3);
  });

  it('online, opens the unkept article with zero remote requests until "Load remote pictures"', async () => {
    const before = { ...sites().hits };
    const requests = await openFromList(BEFORE);
    await open().page.getByText('Pictures not kept with this article: 3').waitFor();
    await open().page.waitForTimeout(1000);
    expect(requests.urls).toEqual([]);
    expect(sites().hits).toEqual(before);
    expect((await picturesShown(open().page)).map((p) => p.drawn)).toEqual([false, false, false]);
    await open().page.setViewportSize({ width: 1280, height: 1000 });
    await open().screenshot('pictures-not-kept.png');

    await open().page.getByRole('button', { name: 'Load remote pictures' }).click();
    await waitUntil(
      async () => (await picturesShown(open().page)).every((p) => p.drawn && p.src.startsWith('blob:')),
      'the remote pictures',
    );
    expect(sites().hits.pictures).toBeGreaterThan(before.pictures);
    expect(requests.urls.length).toBeGreaterThanOrEqual(3);
    await requests.stop();
  });

  it('online, the kept article shows its stored pictures and asks the network for nothing', async () => {
    const before = { ...sites().hits };
    const requests = await openFromList(WITH);
    await waitUntil(async () => (await picturesShown(open().page)).every((p) => p.drawn), 'the pictures');
    const shown = await picturesShown(open().page);
    expect(shown.map((p) => p.alt)).toEqual(ALTS);
    expect(shown.every((p) => p.src.startsWith('blob:'))).toBe(true);
    expect(shown[0]!.width).toBe(2080);
    expect(await open().page.getByText('Pictures not kept').count()).toBe(0);
    expect(requests.urls).toEqual([]);
    expect(sites().hits).toEqual(before);
    await open().page.locator('.article-body figure').first().scrollIntoViewIfNeeded();
    await open().screenshot('pictures-kept.png');

    // The reading list's content-security policy itself: a remote picture put into the page is refused
    // before any request leaves (the control: the same address answers when fetched from here).
    const refused = await open().page.evaluate(remotePictureRefusal, sites().pictures.url('/keeper.png'));
    expect(refused).toBe('img-src');
    await open().page.waitForTimeout(500);
    expect(sites().hits).toEqual(before);
    expect(await fetch(sites().pictures.url('/keeper.png')).then((r) => r.status)).toBe(200);
    await requests.stop();
  });

  it('with every host unreachable, opens it from the reading list: every picture shows, zero requests', async () => {
    await sites().close();
    const requests = await openFromList(WITH);
    await waitUntil(async () => (await picturesShown(open().page)).every((p) => p.drawn), 'the pictures');
    const shown = await picturesShown(open().page);
    expect(shown).toHaveLength(3);
    expect(shown.every((p) => p.drawn && p.src.startsWith('blob:'))).toBe(true);
    await open().page.waitForTimeout(1000);
    expect(requests.urls).toEqual([]);
    await requests.stop();
  });
});
