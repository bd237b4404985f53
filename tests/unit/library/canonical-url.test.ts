import { describe, expect, it } from 'vitest';
import { canonicalHrefIn, canonicalUrlOf, mayClaim } from '../../../core/library/canonical-url';

describe('the canonical URL of a saved page', () => {
  it('drops the fragment and tracking parameters, keeping the parameters that choose the content', () => {
    expect(
      canonicalUrlOf('https://news.example/a?id=7&utm_source=mail&utm_campaign=x&fbclid=1&gclid=2#comments'),
    ).toBe('https://news.example/a?id=7');
    expect(canonicalUrlOf('https://news.example/a?utm_medium=social')).toBe('https://news.example/a');
  });

  it('prefers the page’s own <link rel=canonical>, resolved against the page', () => {
    expect(canonicalUrlOf('https://m.news.example/a?ref=app', 'https://news.example/a')).toBe(
      'https://news.example/a',
    );
    expect(canonicalUrlOf('https://news.example/x/y', '/a#top')).toBe('https://news.example/a');
  });

  it('ignores a canonical link that is not http(s)', () => {
    expect(canonicalUrlOf('https://news.example/a#x', 'javascript:alert(1)')).toBe('https://news.example/a');
  });

  it('ignores a canonical link to another site: a page cannot save over, or ask about, another site’s entry', () => {
    expect(canonicalUrlOf('https://evil.example/copy', 'https://news.example/a')).toBe(
      'https://evil.example/copy',
    );
    expect(canonicalUrlOf('https://news.example.evil.test/a', 'https://news.example/a')).toBe(
      'https://news.example.evil.test/a',
    );
    for (const [page, canonical, allowed] of [
      // The same site's mobile, www and AMP copies may name each other…
      ['https://m.news.example/a', 'https://www.news.example/a', true],
      ['https://amp.news.example/a', 'https://news.example/a', true],
      ['https://news.example/a', 'https://WWW.news.example/a', true],
      ['http://news.example/a', 'https://news.example/a', true],
      // …a subdomain and its parent domain may not: on a shared host they belong to different people.
      ['http://evil.example.test/copy', 'http://example.test/story', false],
      ['https://blog.news.example/a', 'https://news.example/blog/a', false],
      ['https://news.example/a', 'https://blog.news.example/a', false],
      ['https://user.m.news.example/a', 'https://news.example/a', false],
      // …nor may another port on the same host: another server.
      ['http://example.test:8080/copy', 'http://example.test/story', false],
      ['http://example.test:8080/a', 'http://www.example.test:8080/a', true],
    ] as const) {
      expect(mayClaim(page, canonical), `${page} → ${canonical}`).toBe(allowed);
    }
    expect(canonicalUrlOf('http://evil.example.test/copy', 'http://example.test/story')).toBe(
      'http://evil.example.test/copy',
    );
    expect(mayClaim('https://one.github.io/a', 'https://two.github.io/a')).toBe(false);
    expect(mayClaim('file:///tmp/a.html', 'https://news.example/a')).toBe(false);
  });

  it('reads the canonical link of a document', () => {
    const doc = new DOMParser().parseFromString(
      '<head><link rel="alternate" href="/feed"><link rel="Canonical" href="/story"></head>',
      'text/html',
    );
    expect(canonicalHrefIn(doc)).toBe('/story');
    expect(canonicalHrefIn(new DOMParser().parseFromString('<p>x', 'text/html'))).toBeNull();
  });
});
