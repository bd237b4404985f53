/**
 * Formulas, code and footnotes survive extraction (fixtures maths, code-gutters and footnotes): MathML kept
 * and MathJax / KaTeX reduced to it, code with its whitespace and language but no line numbers, footnotes
 * with links that lead somewhere in the article and back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { toBlockText, type Article } from '../../../core/extract';
import { dropLineNumbers } from '../../../core/extract/code';
import { sanitizeToFragment } from '../../../core/extract/sanitize';
import { loadPage } from '../fixtures/load-page';
import { runFixture } from '../fixtures/run-fixture';

const MATHML = 'http://www.w3.org/1998/Math/MathML';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function articleOf(slug: string): Article {
  const run = runFixture(slug);
  dom = run.dom;
  if (!run.result.ok) throw new Error(`${slug}: ${run.result.reason}`);
  return run.result.article;
}

const all = (article: Article, tag: string) => Array.from(article.content.querySelectorAll(tag));

describe('maths', () => {
  it('keeps hand-written MathML and reduces MathJax and KaTeX output to theirs', () => {
    const article = articleOf('maths');
    const formulas = all(article, 'math');
    expect(formulas).toHaveLength(6);
    expect(formulas.every((math) => math.namespaceURI === MATHML)).toBe(true);
    expect(formulas.map((math) => math.textContent)).toEqual([
      'T=2πLg',
      'L',
      'g',
      'F=−mgθ',
      'E=mc2',
      'mgh=12mv2',
    ]);
    const text = toBlockText(article.content);
    // No rendering printed beside the formula, no TeX source, no typesetter elements.
    expect(text).not.toContain('mc^2');
    expect(text).not.toContain('\\frac');
    expect(text).not.toContain('1 2');
    expect(article.content.querySelector('[role="presentation"], nobr')).toBeNull();
  });
});

describe('code', () => {
  it('keeps whitespace and the language, and drops line-number gutters', () => {
    const article = articleOf('code-gutters');
    const blocks = all(article, 'pre');
    expect(blocks).toHaveLength(3);
    expect(blocks.map((pre) => pre.querySelector('code')?.getAttribute('class'))).toEqual([
      'language-js',
      'language-python',
      'language-go',
    ]);
    const [js, python, go] = blocks.map((pre) => pre.textContent ?? '');
    expect(js).toContain('\n\nfor await');
    expect(js).toContain('\n\tif (line.includes');
    expect(python).toBe('with open("app.log") as log:\n    for line in log:\n        print(line, end="")\n');
    expect(go).toBe(
      'scanner := bufio.NewScanner(file)\nfor scanner.Scan() {\n\tfmt.Println(scanner.Text())\n}\n',
    );
    expect(article.content.querySelector('table')).toBeNull();
  });

  it('keeps a block of numbers that is not beside code, numbers inside a line, and a list of numbers', () => {
    const numbers = '<pre>1\n2\n3</pre>';
    const code = '<pre><code><span>x</span> = <span>1</span>\n<span>y</span> = <span>2</span></code></pre>';
    const list = '<pre><code>[\n<span>1</span>,\n<span>2</span>\n]</code></pre>';
    dom = loadPage(`<div>${numbers}${code}${list}</div>`, 'https://example.com/');
    const body = dom.window.document.body;
    dropLineNumbers(body);
    expect(body.textContent).toBe('1\n2\n3x = 1\ny = 2[\n1,\n2\n]');
  });
});

describe('the sanitizer and classes', () => {
  it('keeps only a code block’s language class', () => {
    const div = document.createElement('div');
    div.innerHTML =
      '<pre class="lang-PY line-numbers"><code class="hljs language-js x">a</code></pre><p class="language-js title">b</p>';
    const fragment = sanitizeToFragment(div, window);
    expect(fragment.querySelector('pre')?.getAttribute('class')).toBe('language-py');
    expect(fragment.querySelector('code')?.getAttribute('class')).toBe('language-js');
    expect(fragment.querySelector('p')?.hasAttribute('class')).toBe(false);
  });
});

describe('footnotes', () => {
  it('keeps the notes, and every in-article link and back-link finds its target', () => {
    const article = articleOf('footnotes');
    const links = all(article, 'a[href^="#"]');
    expect(links).toHaveLength(6);
    for (const link of links) {
      const id = link.getAttribute('href')!.slice(1);
      // Prefixed, so that no id from the page can clash with the reader's own or clobber anything.
      expect(id.startsWith('lectern-')).toBe(true);
      expect(article.content.querySelector(`[id="${id}"]`), id).not.toBeNull();
    }
    expect(toBlockText(article.content)).toContain('four minutes of time make one degree of longitude');
  });
});
