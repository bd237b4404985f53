import type { Payload } from './payloads';
import { expandPayload } from './payloads';

/** Which payload families share a page: five ordinary news pages instead of one page per family. */
export const PAGE_GROUPS: Record<string, string[]> = {
  'scripts-and-handlers': ['script', 'handler'],
  'urls-and-frames': ['javascript-url', 'vbscript-url', 'data-url', 'srcdoc'],
  'base-meta-forms-css': ['base', 'meta', 'form', 'css'],
  'namespaces-and-mutations': ['svg', 'mathml', 'mxss'],
  clobbering: ['clobbering'],
};

const SENTENCES = [
  'The Eastside community garden has been awarded a grant to open a second plot on the disused land behind the library, the council confirmed on Tuesday.',
  'Volunteers have tended the original garden on Mill Lane for eleven years, and the waiting list for its beds has grown to more than sixty households.',
  'The new site will have raised beds for wheelchair users, a tool shed and a rainwater tank large enough to water the whole plot through a dry August.',
  'Applications for the first twenty beds open next month, and older residents can ask for a paper copy of the form at the library desk.',
  'Organiser Denise Achebe said people want to grow their own food, and they want somewhere to meet their neighbours on a Saturday morning.',
  'The grant covers fencing, soil and the first two years of water rates, while the council will lease the land for a nominal rent of one pound a year.',
  'Building work is expected to start in the spring, once the old bowling green has been cleared and the soil has been tested by the university.',
  'The first harvest from the new site will be shared with the food bank on Station Road, as the Mill Lane garden has done every autumn since it opened.',
  'Local schools have asked for two beds of their own, so that pupils can follow a crop from seed to plate over a single school year.',
  'A public meeting will be held at the library on the first Thursday of March, where the plans, the rules and the rota will be explained.',
];

/** A paragraph of ordinary prose: enough text that Readability keeps the body around the payloads. */
function paragraph(index: number): string {
  const first = SENTENCES[index % SENTENCES.length]!;
  const second = SENTENCES[(index * 3 + 1) % SENTENCES.length]!;
  return `${first} ${second}`;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Paragraphs of real text with `payloads` among them: each one after a paragraph, every other one inside the
 * paragraph itself, so they reach the extractor from both positions.
 */
export function articleBody(payloads: Payload[], origin: string): string {
  const parts = payloads.map((payload, index) => {
    const html = expandPayload(payload, origin);
    return index % 2 === 0 ? `<p>${paragraph(index)} ${html}</p>` : `<p>${paragraph(index)}</p>\n${html}`;
  });
  return `${parts.join('\n')}\n<p>${paragraph(3)} ${paragraph(7)}</p>`;
}

/** An otherwise normal news page with `payloads` in its article body (see articleBody). */
export function articlePage(title: string, payloads: Payload[], origin: string): string {
  const body = articleBody(payloads, origin);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} | Eastside Bulletin</title>
<meta name="author" content="Eastside reporter">
</head>
<body>
<header class="masthead"><a href="/">Eastside Bulletin</a> <nav><a href="/news/">News</a> <a href="/events/">Events</a></nav></header>
<main>
<article class="story">
<h1>${title}</h1>
<p class="byline">By Priya Raman, local affairs</p>
<div class="story-body">
${body}
</div>
</article>
</main>
<footer><p>Eastside Bulletin, published weekly. <a href="/contact/">Contact the newsroom</a></p></footer>
</body>
</html>
`;
}

/**
 * The deliberately unsafe render, for the test harness only: every payload's raw HTML written as is into its
 * own srcdoc frame, the way a reader that skipped sanitizing would show it. Proves the payloads are live.
 */
export function unsanitizedHarness(payloads: Payload[], origin: string): string {
  const frames = payloads
    .map(
      (payload) =>
        `<iframe data-payload="${payload.id}" width="120" height="60" srcdoc="${escapeAttribute(
          `<!doctype html><p>${paragraph(0)}</p>${expandPayload(payload, origin)}`,
        )}"></iframe>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Unsanitized render</title></head><body>\n${frames}\n</body></html>\n`;
}
