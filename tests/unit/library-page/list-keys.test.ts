import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listKeyHandler } from '../../../entrypoints/library/list-keys';
import { scrollProgress, scrollTopFor } from '../../../entrypoints/library/progress';
import { articleHref, parseRoute } from '../../../entrypoints/library/use-route';

let search: HTMLInputElement;
let links: HTMLAnchorElement[];
let handler: (event: KeyboardEvent) => void;

function press(key: string, target: Element = document.activeElement ?? document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  document.body.replaceChildren();
  search = Object.assign(document.createElement('input'), { type: 'search' });
  links = ['One', 'Two', 'Three'].map((title, i) =>
    Object.assign(document.createElement('a'), { href: `#/article/${i}`, textContent: title }),
  );
  document.body.append(search, ...links);
  handler = listKeyHandler(
    () => search,
    () => links,
  );
  document.addEventListener('keydown', handler);
});
afterEach(() => document.removeEventListener('keydown', handler));

describe('the reading list’s keyboard', () => {
  it('goes to the search box with /, without typing the slash', () => {
    const event = press('/', document.body);
    expect(document.activeElement).toBe(search);
    expect(event.defaultPrevented).toBe(true);
  });

  it('moves between entries with j/k and the arrow keys, stopping at the ends', () => {
    press('j', document.body);
    expect(document.activeElement).toBe(links[0]);
    press('j');
    press('ArrowDown');
    press('j');
    expect(document.activeElement).toBe(links[2]);
    press('k');
    press('ArrowUp');
    expect(document.activeElement).toBe(links[0]);
  });

  it('leaves letters typed in the search box alone; ArrowDown goes from it to the first entry', () => {
    search.focus();
    expect(press('j').defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(search);
    press('ArrowDown');
    expect(document.activeElement).toBe(links[0]);
  });
});

describe('the reading list’s addresses and reading position', () => {
  it('opens an article by its hash and falls back to the list', () => {
    expect(parseRoute('#/article/abc%2D1')).toEqual({ page: 'article', id: 'abc-1', highlight: null });
    expect(parseRoute('#/elsewhere')).toEqual({ page: 'list' });
    expect(parseRoute('')).toEqual({ page: 'list' });
  });

  it('opens every highlight, and an article at one of its highlights, by their addresses', () => {
    expect(parseRoute('#/highlights')).toEqual({ page: 'highlights' });
    expect(parseRoute(articleHref('a/1', 'h 2'))).toEqual({ page: 'article', id: 'a/1', highlight: 'h 2' });
    expect(parseRoute(articleHref('a1'))).toEqual({ page: 'article', id: 'a1', highlight: null });
    expect(parseRoute('#/article/a1/highlight/%')).toEqual({ page: 'list' });
  });

  it('shows the list for an article address that does not decode, instead of failing to render', () => {
    expect(parseRoute('#/article/%')).toEqual({ page: 'list' });
    expect(parseRoute('#/article/abc%E0%A4%A')).toEqual({ page: 'list' });
  });

  it('keeps the position as a share of the article, so it survives another window size', () => {
    expect(scrollProgress(500, 2000, 1000)).toBe(0.5);
    expect(scrollTopFor(0.5, 4000, 1000)).toBe(1500);
    expect(scrollProgress(0, 800, 1000)).toBe(0);
  });
});
