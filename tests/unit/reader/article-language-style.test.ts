/**
 * reader.css and the font stacks for Chinese, Japanese and Korean articles and for <mark>. jsdom applies the
 * stylesheet's cascade (not var() or colour maths), so these check which rule an element gets; the
 * screenshots and end-to-end tests check what Chromium draws.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newFontNames } from '../../../core/reader/reader-fonts';
import { readerAttributes, readerStyle } from '../../../core/reader/reader-style';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/schema';

const CSS = readFileSync(resolve(__dirname, '../../../components/reader.css'), 'utf8');

/** A reader with these settings around an article in `lang`; returns the article element. */
function renderArticle(lang: string | null, settings: Partial<Settings> = {}): HTMLElement {
  const all = { ...DEFAULT_SETTINGS, ...settings };
  const reader = document.createElement('div');
  reader.className = 'reader';
  for (const [name, value] of Object.entries(readerAttributes(all))) reader.setAttribute(name, value);
  for (const [name, value] of Object.entries(readerStyle(all, newFontNames())))
    reader.style.setProperty(name, value);
  reader.innerHTML = `<article class="article"><div class="article-body"><p>본문 <mark>표시</mark> <code>x</code></p></div></article>`;
  const article = reader.querySelector('article')!;
  if (lang) article.lang = lang;
  document.body.append(reader);
  return article;
}

const styleOf = (element: Element) => getComputedStyle(element);

beforeAll(() => {
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.append(style);
});
afterEach(() => document.body.replaceChildren());

describe('Korean line breaking', () => {
  it('breaks Korean between words only, in every paragraph of the article', () => {
    const article = renderArticle('ko');
    expect(styleOf(article).wordBreak).toBe('keep-all');
    expect(styleOf(article.querySelector('p')!).wordBreak).toBe('keep-all');
  });

  it('leaves other languages (Japanese and Chinese break between characters) as they were', () => {
    for (const lang of ['ja', 'zh-CN', 'en', null]) {
      expect(styleOf(renderArticle(lang).querySelector('p')!).wordBreak, String(lang)).not.toBe('keep-all');
    }
  });
});

describe('Serif for Chinese, Japanese and Korean', () => {
  const stacks = (settings: Partial<Settings>) =>
    readerStyle({ ...DEFAULT_SETTINGS, ...settings }, newFontNames());

  it('names serif CJK faces after the Latin serif ones and before the generic family', () => {
    const stack = stacks({ fontFamily: 'serif' })['--font-body-ko']!;
    const families = stack.split(/,\s*/);
    expect(families.indexOf('Georgia')).toBeGreaterThan(-1);
    expect(families.indexOf("'Noto Serif CJK KR'")).toBeGreaterThan(families.indexOf('Georgia'));
    expect(families.indexOf("'Batang'")).toBeGreaterThan(families.indexOf("'Noto Serif CJK KR'"));
    expect(families.at(-1)).toBe('serif');
  });

  it('puts each language’s own faces first, and only the all-language families in the default stack', () => {
    const style = stacks({ fontFamily: 'serif' });
    const firstCjk = (stack: string) =>
      stack.split(/,\s*/).find((f) => /CJK|Han|Mincho|Song|Ming|Myeongjo/.test(f));
    expect(firstCjk(style['--font-body-ja']!)).toBe("'Noto Serif CJK JP'");
    expect(firstCjk(style['--font-body-ko']!)).toBe("'Noto Serif CJK KR'");
    expect(firstCjk(style['--font-body-zh-hans']!)).toBe("'Noto Serif CJK SC'");
    expect(firstCjk(style['--font-body-zh-hant']!)).toBe("'Noto Serif CJK TC'");
    expect(style['--font-body-zh-hant']).toContain("'PMingLiU'");
    expect(style['--font-body']).toContain("'Noto Serif CJK KR'");
    expect(style['--font-body']).not.toMatch(/Batang|Mincho|Songti|MingLiU/);
  });

  it('leaves the other fonts alone: their per-language stacks are the same as the main one', () => {
    for (const fontFamily of ['sans', 'mono', 'atkinson'] as const) {
      const style = stacks({ fontFamily });
      for (const lang of ['ja', 'ko', 'zh-hans', 'zh-hant']) {
        expect(style[`--font-body-${lang}`], `${fontFamily} ${lang}`).toBe(style['--font-body']);
      }
    }
  });

  it('gives an article in each language its language’s stack, and other articles the main one', () => {
    const cases: [string | null, string][] = [
      ['ja', 'var(--font-body-ja)'],
      ['ko-KR', 'var(--font-body-ko)'],
      ['zh-CN', 'var(--font-body-zh-hans)'],
      ['zh-Hans', 'var(--font-body-zh-hans)'],
      ['zh-TW', 'var(--font-body-zh-hant)'],
      ['zh-Hant-HK', 'var(--font-body-zh-hant)'],
      ['en', 'var(--font-body)'],
      [null, 'var(--font-body)'],
    ];
    for (const [lang, family] of cases)
      expect(styleOf(renderArticle(lang)).fontFamily, String(lang)).toBe(family);
  });

  it('keeps code in the code font inside a CJK article', () => {
    const code = renderArticle('ja').querySelector('code')!;
    // jsdom does not resolve var(): the code rule, not the CJK body font, is what the code gets.
    expect(styleOf(code).fontFamily).toBe('var(--font-code)');
  });
});

describe('<mark>', () => {
  const markIn = (theme: Settings['theme']) => styleOf(renderArticle('en', { theme }).querySelector('mark')!);

  it('takes the theme’s ink on a tint of its paper instead of the browser’s yellow', () => {
    for (const theme of ['light', 'sepia', 'dark'] as const) {
      const mark = markIn(theme);
      expect(mark.color, theme).toBe('var(--ink)');
      expect(mark.backgroundColor, theme).toMatch(/color-mix\(.*var\(--paper\)\)/);
    }
  });

  it('is black on the accent yellow in high contrast', () => {
    const mark = markIn('high-contrast');
    expect(mark.backgroundColor).toBe('var(--accent)');
    expect(mark.color).toMatch(/^(#000|rgb\(0, 0, 0\))$/);
  });

  it('uses the system’s Mark colours when colours are forced', () => {
    expect(CSS).toMatch(
      /@media \(forced-colors: active\) \{\s*\.article-body mark \{\s*background-color: Mark;\s*color: MarkText;/,
    );
  });
});
