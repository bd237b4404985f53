import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { trimArticle } from '../../../core/extract/trim';
import { toBlockText } from '../../../core/extract/block-text';

const BODY = [
  'The council voted on Tuesday to reopen the old ropewalk as a museum, ending a decade of argument over the site.',
  'Work on the roof will start in spring, and the first rooms should open to visitors before the end of next year.',
  'The museum will show tools, ledgers and photographs that families kept after the works closed in 1968.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

function trimmed(
  html: string,
  context = { title: 'Ropewalk to reopen as a museum', byline: 'Ana Silva' },
): string[] {
  dom = new JSDOM(`<div id="content">${html}</div>`);
  const content = dom.window.document.getElementById('content')!;
  trimArticle(content, context);
  return toBlockText(content).split('\n\n');
}

describe('trimArticle', () => {
  it('drops the headline, byline, date and page address above the lede, keeping the lede', () => {
    const lede =
      'A decade after the works closed, the town will have its ropewalk back, as a museum of the trade.';
    const blocks = trimmed(
      '<div><span>https://example.com/news/ropewalk</span></div><h2>Ropewalk to reopen as a museum</h2>' +
        `<p>By Ana Silva</p><p>Updated 10:42, 19 Nov 2019</p><p><strong>${lede}</strong></p>${BODY}`,
    );
    expect(blocks[0]).toBe(lede);
    expect(blocks).toHaveLength(4);
  });

  it('drops a dateline printed below the standfirst', () => {
    const blocks = trimmed(
      `<p>A long standfirst that sums up the whole story in one sentence for readers.</p><p>Publié le 19/11/2019 à 10:42</p>${BODY}`,
    );
    expect(blocks.join(' ')).not.toMatch(/Publié/);
    expect(blocks[0]).toMatch(/^A long standfirst/);
  });

  it('drops teaser links between paragraphs but keeps links inside prose', () => {
    const blocks = trimmed(
      `${BODY.slice(0, BODY.indexOf('</p>') + 4)}<p><strong>DON'T MISS</strong></p>` +
        '<p><a href="https://example.com/other-story">Harbour wall to be rebuilt after storm</a> [INSIGHT]</p>' +
        '<p>Read the <a href="https://example.com/report">full council report</a> for the figures behind the vote.</p>' +
        BODY.slice(BODY.indexOf('</p>') + 4),
    );
    expect(blocks.join(' ')).not.toMatch(/Harbour wall|DON'T MISS/);
    expect(blocks.join(' ')).toMatch(/full council report/);
  });

  it('keeps a single linked heading (a product in a gift guide) but drops a run of them', () => {
    const one = trimmed(
      `${BODY}<h3><a href="https://shop.example/lamp">Brass reading lamp</a></h3><p>${'A lamp. '.repeat(12)}</p>`,
    );
    expect(one).toContain('Brass reading lamp');
    const run = trimmed(
      `${BODY}<h3><a href="https://example.com/a">Other story one about the harbour</a></h3>` +
        `<h3><a href="https://example.com/b">Other story two about the ropewalk</a></h3>${BODY}`,
    );
    expect(run.join(' ')).not.toMatch(/Other story/);
  });

  it('drops boilerplate after the last paragraph, in several languages', () => {
    for (const tail of [
      '<p>Have a tip? Ana Silva may be reached at ana@example.com. Follow her on Twitter.</p>',
      '<p>Abonnieren Sie unseren Newsletter.</p>',
      '<p>Tous droits réservés.</p>',
      '<ul><li><a href="https://example.com/a">Tags</a></li></ul>',
      '<p>Leia também: <a href="https://example.com/b">O museu da cordoaria</a></p>',
    ]) {
      const blocks = trimmed(`${BODY}${tail}`);
      expect(blocks, tail).toHaveLength(3);
    }
  });

  it('keeps a closing paragraph that is prose', () => {
    const closing =
      '<p>Comments from residents can be sent to the council until the end of the month, it said.</p>';
    expect(trimmed(`${BODY}${closing}`)).toHaveLength(4);
  });

  it('drops photo credits', () => {
    const blocks = trimmed(`${BODY}<p>Getty Images</p><p>Photo: Harbour Museum</p>${BODY}`);
    expect(blocks.join(' ')).not.toMatch(/Harbour Museum|Getty/);
  });
  it('drops a block repeated word for word', () => {
    const blocks = trimmed(
      `${BODY}<p>The Palace Tale, Jeongdong Theater, 2018</p>${BODY}<p>The Palace Tale, Jeongdong Theater, 2018</p>`,
    );
    expect(blocks.filter((b) => b.startsWith('The Palace Tale'))).toHaveLength(1);
  });
});
