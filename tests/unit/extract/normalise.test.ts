import { describe, expect, it } from 'vitest';
import { absolutizeUrls, finishFragment } from '../../../core/extract/normalise';

const BASE = 'https://news.example/2024/06/story/';

function element(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

function fragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('absolutizeUrls', () => {
  it('resolves links, images and quotes against the page address', () => {
    const root = element(
      '<a href="../other/">a</a><a href="/about/">b</a><a href="?page=2">c</a><a href="//cdn.example/x">d</a>' +
        '<img src="images/a.jpg"><blockquote cite="sources/q.html"></blockquote>',
    );
    absolutizeUrls(root, BASE);
    expect(Array.from(root.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([
      'https://news.example/2024/06/other/',
      'https://news.example/about/',
      'https://news.example/2024/06/story/?page=2',
      'https://cdn.example/x',
    ]);
    expect(root.querySelector('img')?.getAttribute('src')).toBe(
      'https://news.example/2024/06/story/images/a.jpg',
    );
    expect(root.querySelector('blockquote')?.getAttribute('cite')).toBe(
      'https://news.example/2024/06/story/sources/q.html',
    );
  });

  it('resolves every candidate of a srcset and keeps its descriptor', () => {
    const root = element('<img srcset="a-800.jpg 800w, /b-1600.jpg 1600w, https://cdn.example/c.jpg">');
    absolutizeUrls(root, BASE);
    expect(root.querySelector('img')?.getAttribute('srcset')).toBe(
      'https://news.example/2024/06/story/a-800.jpg 800w, https://news.example/b-1600.jpg 1600w, https://cdn.example/c.jpg',
    );
  });

  it('leaves in-article fragment links as they are', () => {
    const root = element('<a href="#fn1">1</a>');
    absolutizeUrls(root, BASE);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('#fn1');
  });

  it('drops an address that cannot be resolved instead of keeping it relative', () => {
    const root = element('<a href="https://[broken">x</a>');
    absolutizeUrls(root, BASE);
    expect(root.querySelector('a')?.hasAttribute('href')).toBe(false);
  });
});

describe('finishFragment', () => {
  it('prefixes ids so they cannot clash with the page or the reader', () => {
    const content = fragment('<h2 id="intro">Intro</h2><li id="fn1">Note</li>');
    finishFragment(content);
    expect(Array.from(content.querySelectorAll('[id]'), (el) => el.id)).toEqual([
      'lectern-intro',
      'lectern-fn1',
    ]);
  });

  it('points in-article links at the prefixed ids', () => {
    const content = fragment(
      '<p>Claim<a href="#fn1">1</a></p><ol><li id="fn1">Source <a href="#">top</a></li></ol>',
    );
    finishFragment(content);
    const [footnote, top] = Array.from(content.querySelectorAll('a'));
    expect(footnote?.getAttribute('href')).toBe('#lectern-fn1');
    expect(content.querySelector(footnote!.getAttribute('href')!)?.textContent).toContain('Source');
    expect(top?.getAttribute('href')).toBe('#');
  });

  it('keeps table cells tied to their header cells', () => {
    const content = fragment(
      '<table><tr><th id="q1">Q1</th><th id="gas">Gas</th></tr><tr><td headers="q1 gas">6,420</td></tr></table>',
    );
    finishFragment(content);
    const cell = content.querySelector('td')!;
    const headers = cell
      .getAttribute('headers')!
      .split(' ')
      .map((id) => content.querySelector(`#${id}`)?.textContent);
    expect(headers).toEqual(['Q1', 'Gas']);
  });

  it('makes images load lazily', () => {
    const content = fragment(
      '<img src="https://example.com/a.jpg"><img src="https://example.com/b.jpg" loading="eager">',
    );
    finishFragment(content);
    for (const img of Array.from(content.querySelectorAll('img'))) {
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('decoding')).toBe('async');
    }
  });

  it('opens outside links without a referrer or an opener, and leaves in-article links alone', () => {
    const content = fragment('<a href="https://example.com/">out</a><a href="#note">in</a>');
    finishFragment(content);
    const [outside, inside] = Array.from(content.querySelectorAll('a'));
    expect(outside?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(inside?.hasAttribute('rel')).toBe(false);
  });
});
