import { describe, expect, it } from 'vitest';
import { storedHtmlToFragment } from '../../../../core/library/html';
import { LEFT_OUT_ATTR, placePictures } from '../../../../core/library/pictures/place';

const STORED = 'https://pics.example/kept.jpg';

function placed(html: string, local: Record<string, string> = { [STORED]: 'blob:chrome-extension://x/1' }) {
  const fragment = storedHtmlToFragment(html);
  const leftOut = placePictures(fragment, (address) => local[address] ?? null);
  const box = document.createElement('div');
  box.append(fragment);
  return { leftOut, box };
}

/** Every address in the placed copy that the browser would load. */
const loads = (box: Element) =>
  Array.from(box.querySelectorAll('[src], [srcset]')).flatMap((el) =>
    [el.getAttribute('src'), el.getAttribute('srcset')].filter((v): v is string => v !== null),
  );

describe('a saved copy readied to show', () => {
  it('shows kept pictures from their blobs and leaves the others without an address, marked, with their description', () => {
    const { leftOut, box } = placed(
      `<figure><picture><source srcset="https://pics.example/kept.webp"><img src="${STORED}" srcset="https://pics.example/kept-2x.jpg 2x" alt="Kept"></picture></figure>` +
        '<p><img src="https://tracker.example/pixel.gif" alt="Not kept"></p>' +
        '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="Inline"></p>' +
        '<video src="https://video.example/clip.mp4" controls></video>',
    );
    expect(leftOut).toBe(1);
    expect(loads(box)).toEqual(['blob:chrome-extension://x/1', 'data:image/png;base64,iVBORw0KGgo=']);
    const notKept = box.querySelector('img[alt="Not kept"]')!;
    expect(notKept.getAttribute(LEFT_OUT_ATTR)).toBe('https://tracker.example/pixel.gif');
  });

  it('loads remote addresses when nothing is local: the control that shows the test can fail', () => {
    const html = `<p><img src="${STORED}" alt="Kept"></p>`;
    expect(loads(storedHtmlToFragment(html) as unknown as Element)).toEqual([STORED]);
    expect(loads(placed(html, {}).box)).toEqual([]);
  });
});
