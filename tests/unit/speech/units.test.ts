import { describe, expect, it } from 'vitest';
import { sentenceAt, speechSentences, type Sentence } from '../../../core/speech/units';

function article(html: string, lang = 'en'): HTMLElement {
  const root = document.createElement('article');
  root.setAttribute('lang', lang);
  root.innerHTML = html;
  return root;
}

const texts = (root: Element, skip?: string) =>
  speechSentences(root, { lang: root.getAttribute('lang'), skip }).map((s) => [s.kind, s.text, s.lang]);

describe('the sentences the reader reads aloud', () => {
  it('reads headings, list items and captions as their own units and skips code and pictures', () => {
    const root = article(`
      <h2>Harbour news</h2>
      <p>The ferry is late. It comes at <em>nine</em>.</p>
      <ul><li>Bring a coat</li><li>Bring tea</li></ul>
      <pre><code>console.log("not read");</code></pre>
      <figure><svg><text>chart</text></svg><figcaption>The harbour at dawn</figcaption></figure>
      <p class="byline">By the harbour master</p>`);
    expect(texts(root, '.byline')).toEqual([
      ['heading', 'Harbour news', 'en'],
      ['paragraph', 'The ferry is late.', 'en'],
      ['paragraph', 'It comes at nine.', 'en'],
      ['item', 'Bring a coat', 'en'],
      ['item', 'Bring tea', 'en'],
      ['caption', 'The harbour at dawn', 'en'],
    ]);
  });

  it('follows the lang of each block where an article mixes languages', () => {
    const root = article(`<p>The sign says:</p><blockquote lang="de"><p>Bitte warten. Danke.</p></blockquote>
      <p lang="ja">港は静かです。船は出ました。</p>`);
    expect(texts(root)).toEqual([
      ['paragraph', 'The sign says:', 'en'],
      ['paragraph', 'Bitte warten.', 'de'],
      ['paragraph', 'Danke.', 'de'],
      ['paragraph', '港は静かです。', 'ja'],
      ['paragraph', '船は出ました。', 'ja'],
    ]);
  });

  it('reads a sentence marked in another language inside a paragraph in that language, and no more', () => {
    const root = article(
      '<p><span lang="fr">Bonjour à tous.</span> That is how the guide greeted us. ' +
        'She said <i lang="fr">merci</i> at the end. <em>Then</em> we left.</p>',
    );
    expect(texts(root)).toEqual([
      ['paragraph', 'Bonjour à tous.', 'fr'],
      ['paragraph', 'That is how the guide greeted us.', 'en'],
      ['paragraph', 'She said merci at the end.', 'en'],
      ['paragraph', 'Then we left.', 'en'],
    ]);
  });

  it('knows where each sentence is, across inline elements, as Range boundaries', () => {
    const root = article('<p>First one. Second <a href="#">linked</a> one.</p>');
    const [first, second] = speechSentences(root, { lang: 'en' }) as [Sentence, Sentence];
    const range = document.createRange();
    range.setStart(second.start.node, second.start.offset);
    range.setEnd(second.end.node, second.end.offset);
    expect(range.toString()).toBe('Second linked one.');
    range.setStart(first.start.node, first.start.offset);
    range.setEnd(first.end.node, first.end.offset);
    expect(range.toString()).toBe('First one.');
  });

  it('finds the sentence a click or caret is in, to start reading there', () => {
    const root = article('<h2>Title</h2><p>First one. Second one.</p><p>Third.</p>');
    const sentences = speechSentences(root, { lang: 'en' });
    const paragraph = root.querySelector('p')!.firstChild!;
    expect(sentenceAt(sentences, paragraph, 0)).toBe(1);
    expect(sentenceAt(sentences, paragraph, 13)).toBe(2);
    expect(sentenceAt(sentences, root.querySelectorAll('p')[1]!, 0)).toBe(3);
    expect(sentenceAt(sentences, root, root.childNodes.length)).toBeNull();
  });
});
