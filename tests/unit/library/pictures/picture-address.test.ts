import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fragmentToHtml, storedHtmlToFragment } from '../../../../core/library/html';
import { pictureAddress, pictureAddresses } from '../../../../core/library/pictures/picture-address';

const PAGES = join(__dirname, '../../../fixtures/pages');

/** What the DOM reads as each picture's address: what the saved copy shows pictures by. */
const domAddresses = (html: string) =>
  Array.from(
    new Set(
      Array.from(storedHtmlToFragment(html).querySelectorAll('img'), pictureAddress).filter(
        (address) => address !== null,
      ),
    ),
  );

describe('the address a picture is kept under', () => {
  // Sanitizes every fixture article twice: seconds under load.
  it(
    'reads the same addresses from stored HTML as the DOM does, on every fixture article with pictures',
    { timeout: 30_000 },
    () => {
      let pictures = 0;
      for (const slug of readdirSync(PAGES)) {
        const expected = join(PAGES, slug, 'expected.html');
        let html: string;
        try {
          html = readFileSync(expected, 'utf8');
        } catch {
          continue; // A fixture folder without an expected article.
        }
        // As the library stores it: sanitized and serialised.
        const stored = fragmentToHtml(storedHtmlToFragment(html));
        expect(pictureAddresses(stored), slug).toEqual(domAddresses(stored));
        pictures += pictureAddresses(stored).length;
      }
      expect(pictures).toBeGreaterThan(10);
    },
  );

  it('decodes character references, reads past ">" in a description, and takes the widest srcset candidate', () => {
    const html = fragmentToHtml(
      storedHtmlToFragment(
        '<p><img alt="a > b" src="https://pics.example/a.jpg?w=1&amp;h=2">' +
          '<img srcset="https://pics.example/s.jpg 480w, https://pics.example/l.jpg 1600w">' +
          '<img src="https://pics.example/a.jpg?w=1&amp;h=2">' +
          '<img src="data:image/png;base64,iVBORw0KGgo=">' +
          '<img alt="No address"></p>',
      ),
    );
    expect(pictureAddresses(html)).toEqual([
      'https://pics.example/a.jpg?w=1&h=2',
      'https://pics.example/l.jpg',
    ]);
    expect(pictureAddresses(html)).toEqual(domAddresses(html));
  });
});
