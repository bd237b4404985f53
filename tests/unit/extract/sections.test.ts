import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { endsInMoreLink, isSubscriberPrompt } from '../../../core/extract/prompts';
import { restoreLinkedProse } from '../../../core/extract/linked-prose';
import { separateTimes } from '../../../core/extract/times';
import { cloneWithMap } from '../../../core/extract/clone';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function body(html: string): HTMLElement {
  dom = new JSDOM(`<body>${html}</body>`, { url: 'https://example.com/story/' });
  return dom.window.document.body;
}

describe('subscription prompts and "More" teasers', () => {
  it('knows a subscriber prompt in every language of the clutter vocabulary, not a sentence about subscribers', () => {
    for (const line of [
      'This article is reserved for subscribers.',
      'Already a subscriber? Log in.',
      'Dieser Artikel ist nur für Abonnenten.',
      'Cet article est réservé aux abonnés.',
      'Contenido exclusivo para suscriptores.',
      'Articolo riservato agli abbonati.',
      'Conteúdo exclusivo para assinantes.',
      'Dit artikel is alleen voor abonnees.',
    ])
      expect(isSubscriberPrompt(line), line).toBe(true);
    expect(
      isSubscriberPrompt('The paper lost a third of its subscribers in a decade, the report says.'),
    ).toBe(false);
  });

  it('drops a short line ending in a "More" link to another page, not a sentence with a link', () => {
    const root = body(
      '<p id="a">Storm closes coast road. <a href="https://example.com/road">More</a></p>' +
        '<p id="b">Radweg eröffnet. <a href="https://example.com/rad">Weiterlesen »</a></p>' +
        '<p id="c">The council published <a href="https://example.com/report">the full report</a>.</p>',
    );
    const verdict = (id: string): boolean => {
      const el = root.querySelector(`#${id}`)!;
      return endsInMoreLink(el, el.textContent!.trim());
    };
    expect([verdict('a'), verdict('b'), verdict('c')]).toEqual([true, true, false]);
  });
});

describe('times', () => {
  it('sets a time apart from the name it touches, not from punctuation or a block', () => {
    const root = body(
      '<div id="a"><time>20:24</time><span>Antony Reyes</span></div><p id="b"><time>20:24</time>, the ferry left.</p>' +
        '<div id="c"><time>19:10</time><div>Mei Tanaka</div></div>',
    );
    separateTimes(root);
    expect(root.querySelector('#a')!.textContent).toBe('20:24 · Antony Reyes');
    expect(root.querySelector('#b')!.textContent).toBe('20:24, the ferry left.');
    expect(root.querySelector('#c')!.textContent).toBe('19:10Mei Tanaka');
  });
});

describe('linked sentences', () => {
  it('puts back a dropped sentence with a link between kept paragraphs, not a link alone or furniture', () => {
    const root = body(
      '<div><p id="p1">First paragraph of the story, long enough to read as prose in the article.</p>' +
        '<p id="p2"><a href="https://example.com/r">A 2009 report by the water authority</a> found that peak flows had doubled since then.</p>' +
        '<p id="p3"><a href="https://example.com/x">Read: the other story about the river and its floods today.</a></p>' +
        '<p id="p4" class="promo">Sign up to <a href="https://example.com/n">our newsletter</a> for the latest news every morning.</p>' +
        '<p id="p5">Last paragraph of the story, long enough to read as prose in the article.</p></div>',
    );
    const doc = root.ownerDocument;
    const { clone, liveOf } = cloneWithMap(doc);
    const content = clone.createElement('div');
    for (const id of ['p1', 'p5']) content.append(clone.getElementById(id)!);
    restoreLinkedProse(content, liveOf, new Set([doc.getElementById('p4')!]));
    expect(Array.from(content.children).map((p) => p.id)).toEqual(['p1', 'p2', 'p5']);
  });
});
