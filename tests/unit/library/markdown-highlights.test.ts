import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../core/annotate/highlight';
import { targetAt } from '../../../core/annotate/selectors';
import { articleToMarkdown } from '../../../core/library/markdown';
import type { SavedArticle } from '../../../core/library/record';
import { payload } from './make-article';

const TEXT = 'After two years of repairs the harbour bridge carries trams again.';
const highlight = (quote: string, note: string, color: Highlight['color'] = 'yellow'): Highlight => ({
  id: `h-${quote.length}`,
  articleId: 'a1',
  target: targetAt(TEXT, TEXT.indexOf(quote), TEXT.indexOf(quote) + quote.length),
  color,
  note,
  createdAt: 1,
  updatedAt: 1,
});

const article = (highlights: Highlight[]): SavedArticle => ({
  ...payload({ text: TEXT }),
  id: 'a1',
  savedAt: 0,
  updatedAt: 0,
  read: 0,
  archived: 0,
  tags: [],
  progress: 0,
  highlights,
});

describe('the Highlights section of the Markdown export', () => {
  it('quotes each highlight, puts its note under it and links back to the passage', () => {
    const markdown = articleToMarkdown(article([highlight('harbour bridge', 'Ask about\nthe trams')]));
    const section = markdown.slice(markdown.indexOf('## Highlights'));
    expect(section).toBe(
      '## Highlights\n\n> harbour bridge\n\nAsk about\nthe trams\n\n' +
        '[Open in the article](<https://news.example/2026/harbour-bridge#:~:text=harbour%20bridge>)\n',
    );
  });

  it('escapes quote and note like the rest: no raw tag, no Markdown structure from a note', () => {
    const note = '<img src=x onerror=alert(1)>\n# not a heading\n> not a quote\n[link](javascript:alert(1))';
    const markdown = articleToMarkdown(article([highlight('two years', note)]));
    const section = markdown.slice(markdown.indexOf('## Highlights'));
    expect(section).not.toMatch(/<img/);
    expect(section).toContain('&lt;img src=x onerror=alert(1)>');
    expect(section).toContain('\n\\# not a heading\n');
    expect(section).toContain('\n\\> not a quote\n');
    expect(section).toContain('\\[link\\](javascript:alert(1))');
  });

  it('is left out when the article has no highlights', () => {
    expect(articleToMarkdown(article([]))).not.toContain('## Highlights');
  });
});
