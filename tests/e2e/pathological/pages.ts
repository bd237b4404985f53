/**
 * Hostile and odd pages, generated on request so that nothing huge is committed. Each page that has an
 * article carries the same one, so a test can tell the reader showed it.
 */
export const ARTICLE_TITLE = 'The Lighthouse Keepers of the Northern Coast';
export const ARTICLE_PHRASE = 'the lamp had to be trimmed every four hours';

const PARAGRAPHS = [
  `For nearly two centuries, ${ARTICLE_PHRASE}, whatever the weather, and the keepers of the northern coast kept a log of every trimming, every passing ship and every storm that rattled the lantern glass.`,
  'The families who lived in the keepers’ cottages grew their own vegetables in walled gardens, because the salt wind burned anything that stood in the open, and supply boats could not land for weeks in winter.',
  'Children were taught at home by whichever parent had the better handwriting, and many of the logs that survive were kept in a child’s careful script, with spelling corrected in the margins by a later hand.',
  'When the lights were automated in the nineteen-eighties, the last keepers left with their logs, their furniture and, in one famous case, a cat that had never once set foot on the mainland.',
  'Historians now read those logs for what they say about the weather of the past: the first frost, the last snow, the great gales that are remembered nowhere else in such careful detail.',
  'The logs also record the small kindnesses of a hard life: a keeper rowing out to a stranded fishing boat, a supply captain leaving oranges at Christmas, a visiting doctor who stayed a week because of fog.',
  'Several of the cottages are now holiday homes, and visitors who climb the tower stairs are often surprised at how small the lantern room is, and how close the keepers lived to the great lens.',
  'A trust set up by the keepers’ descendants is transcribing every surviving log, and volunteers from across the country take turns reading the faded ink and typing it into a shared archive.',
];

export function articleHtml(): string {
  return `<article><h1>${ARTICLE_TITLE}</h1><p class="byline">By Morag Innes</p>${PARAGRAPHS.map(
    (p) => `<p>${p}</p>`,
  ).join('')}</article>`;
}

/** A page's head, plus a script that counts timer ticks so that a test sees the tab kept running. */
function head(title: string): string {
  return `<head><meta charset="utf-8"><title>${title}</title><script>
window.__ticks = { count: 0, last: performance.now(), maxGap: 0, since: performance.now() };
setInterval(() => {
  const t = window.__ticks, now = performance.now();
  t.maxGap = Math.max(t.maxGap, now - t.last); t.last = now; t.count++;
}, 10);
</script></head>`;
}

const page = (title: string, body: string, script = '') =>
  `<!doctype html><html lang="en">${head(title)}<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;

/** An article inside `count` elements of navigation-like markup (lists of links in nested divs). */
function manyElements(count: number): string {
  // Each block is 5 elements: div > ul > li > a + span.
  const blocks = Math.max(0, Math.floor((count - 40) / 5));
  const filler = Array.from(
    { length: blocks },
    (_, i) =>
      `<div class="card"><ul><li><a href="/item/${i}">Item ${i}</a><span>${i % 97}</span></li></ul></div>`,
  ).join('');
  return page(
    `Many elements (${count})`,
    `<header><nav>Site</nav></header>${articleHtml()}<section class="more">${filler}</section>`,
  );
}

/**
 * An article beside a chain of `depth` nested divs built by script (the HTML parser stops at 512). The
 * chain is not rendered: Chromium's renderer crashes laying out a tree this deep, Lectern or not.
 */
function deepNesting(depth: number): string {
  return page(
    `Deep nesting (${depth})`,
    articleHtml(),
    `let el = document.createElement('div'); el.hidden = true; document.body.append(el);
for (let i = 1; i < ${depth}; i++) { const child = document.createElement('div'); el.append(child); el = child; }
const p = document.createElement('p'); p.textContent = 'At the bottom of the nest: ' + 'text '.repeat(100); el.append(p);`,
  );
}

/** An article followed by one text node of `megabytes` MB, built by script (the parser splits long text). */
function hugeText(megabytes: number): string {
  return page(
    `Huge text node (${megabytes} MB)`,
    articleHtml(),
    `const pre = document.createElement('div');
pre.append(document.createTextNode('lorem ipsum dolor sit amet '.repeat(Math.ceil(${megabytes} * 1048576 / 27))));
document.body.append(pre);`,
  );
}

/** An article beside a ticker that the page rewrites every few milliseconds, for as long as it is open. */
function mutating(): string {
  return page(
    'Mutating page',
    `<div id="live-list"></div>${articleHtml()}<div id="live-counter">0</div>`,
    `const list = document.getElementById('live-list'), counter = document.getElementById('live-counter');
let n = 0;
setInterval(() => {
  n++;
  const item = document.createElement('div'); item.className = 'entry'; item.textContent = 'Update ' + n;
  list.prepend(item);
  if (list.childElementCount > 40) list.lastElementChild.remove();
  counter.textContent = String(n);
  document.body.dataset.tick = String(n % 7);
}, 3);`,
  );
}

function xmlDocument(): string {
  return `<?xml version="1.0" encoding="utf-8"?><catalog><book id="1"><title>${ARTICLE_TITLE}</title><text>${PARAGRAPHS.join(' ')}</text></book></catalog>`;
}

function svgDocument(): string {
  return `<?xml version="1.0" encoding="utf-8"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><title>A drawing</title><rect width="400" height="200" fill="#cde"/><text x="20" y="100">${ARTICLE_TITLE}</text></svg>`;
}

function frameset(): string {
  return `<!doctype html><html><head><title>Frames</title></head><frameset cols="30%,70%"><frame src="/odd/frame-nav"><frame src="/huge/elements?n=200"></frameset></html>`;
}

/** An HTML page whose script takes the <body> away after it loaded. */
function noBody(): string {
  return `<!doctype html><html><head><title>No body</title></head><body>${articleHtml()}<script>document.documentElement.removeChild(document.body);</script></body></html>`;
}

function iframeArticle(): string {
  return page(
    'Article in a frame',
    `<p>Read the story below.</p><iframe src="/huge/elements?n=200" width="800" height="600" title="Story"></iframe>`,
  );
}

/** The article arrives through document.write while the page parses. */
function documentWrite(): string {
  const html = JSON.stringify(articleHtml()).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en">${head('Written page')}<body><script>document.write(${html});</script></body></html>`;
}

export interface GeneratedPage {
  type: string;
  body: string;
}

const HTML = 'text/html; charset=utf-8';

/** The page for a path and query, or null. */
export function generatePage(url: URL): GeneratedPage | null {
  const n = (name: string, fallback: number) => Number(url.searchParams.get(name) ?? fallback);
  switch (url.pathname) {
    case '/huge/elements':
      return { type: HTML, body: manyElements(n('n', 50_000)) };
    case '/huge/deep':
      return { type: HTML, body: deepNesting(n('depth', 5000)) };
    case '/huge/text':
      return { type: HTML, body: hugeText(n('mb', 10)) };
    case '/huge/mutating':
      return { type: HTML, body: mutating() };
    case '/odd/xml':
      return { type: 'application/xml; charset=utf-8', body: xmlDocument() };
    case '/odd/svg':
      return { type: 'image/svg+xml', body: svgDocument() };
    case '/odd/frameset':
      return { type: HTML, body: frameset() };
    case '/odd/frame-nav':
      return { type: HTML, body: page('Navigation', '<nav><a href="/">Home</a></nav>') };
    case '/odd/no-body':
      return { type: HTML, body: noBody() };
    case '/odd/iframe-article':
      return { type: HTML, body: iframeArticle() };
    case '/odd/document-write':
      return { type: HTML, body: documentWrite() };
    default:
      return null;
  }
}
