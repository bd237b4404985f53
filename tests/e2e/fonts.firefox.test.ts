import { describe, expect, it } from 'vitest';
import { useFirefoxWithPages } from './firefox/use-firefox';
import { dialogs, waitUntil } from './scenarios/reader-ui';
import { SEED_PAGE_PATH } from './scenarios/seed-news';

/** The bundled font's faces in the current tab's font set, with their load status. */
const bundledFaces = () =>
  [...document.fonts]
    .filter((face) => face.family.replace(/["']/g, '').startsWith('lectern-atkinson-hyperlegible-'))
    .map((face) => `${face.weight} ${face.status}`)
    .sort();

// Runs against the built add-on in .output/firefox-mv3: `npm run build:firefox` first.
describe('the bundled font in Firefox', () => {
  const firefox = useFirefoxWithPages();
  const driver = () => firefox.driver();

  it('the options preview and the reader both load Atkinson Hyperlegible once it is chosen', async () => {
    await driver().openExtensionPage('options.html');
    await driver().clickByRole('radio', 'Atkinson Hyperlegible');
    // The options page loads the font's files by their address in the add-on.
    let preview: string[] = [];
    await waitUntil(
      async () => (preview = await driver().evaluate(bundledFaces, null)).length === 2,
      'the preview to add the font',
    );
    await waitUntil(
      async () => (await driver().evaluate(bundledFaces, null)).every((face) => face.endsWith('loaded')),
      'the preview font to load',
      async () => preview.join(', '),
    );

    // The reader in a web page gets the bytes from the background.
    await driver().openPage(firefox.server().url(SEED_PAGE_PATH));
    await driver().clickToolbarButton();
    await waitUntil(async () => dialogs(await driver().axTree()).length > 0, 'the reader');
    let faces: string[] = [];
    await waitUntil(
      async () => (faces = await driver().evaluate(bundledFaces, null)).length === 2,
      'the reader to add the font',
      async () => faces.join(', '),
    );
    expect(faces).toEqual(['400 loaded', '700 loaded']);
  });
});
