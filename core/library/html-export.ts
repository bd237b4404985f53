import { storedHtmlToFragment } from './html';
import type { SavedArticle } from './record';

const STYLE = `body{margin:0 auto;max-width:680px;padding:32px 20px;font:18px/1.65 Charter,Georgia,serif;color:#1f2328;background:#fbfbf8}
article{border-top:1px solid #e3e3dc;padding-top:24px;margin-top:48px}img{max-width:100%;height:auto}
.meta{font:14px system-ui,sans-serif;color:#5f6670}nav li{margin:4px 0}a{color:#1d4ed8}`;

/**
 * What the exported file may load: the articles' own pictures and its inline style, nothing else. The
 * bodies are sanitized already; this also holds for anything the sanitizer lets through (a video's
 * source, say), so opening the file fires no request but the pictures'.
 */
const POLICY =
  "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The whole library as one self-contained HTML file: a contents list, then every article, each body
 * sanitized again. Built as DOM nodes in an inert document and serialised once.
 */
export function libraryToHtml(
  articles: readonly SavedArticle[],
  title: string,
  win: Window = window,
): string {
  const doc = win.document.implementation.createHTMLDocument(title);
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  // First in <head>: a policy holds only for what comes after it.
  const policy = doc.createElement('meta');
  policy.setAttribute('http-equiv', 'Content-Security-Policy');
  policy.setAttribute('content', POLICY);
  const style = doc.createElement('style');
  style.textContent = STYLE;
  doc.head.prepend(policy, meta);
  doc.head.append(style);
  const heading = doc.createElement('h1');
  heading.textContent = title;
  const contents = doc.createElement('nav');
  const list = doc.createElement('ol');
  contents.append(list);
  doc.body.append(heading, contents);
  articles.forEach((article, index) => {
    const anchor = `article-${index + 1}`;
    const item = doc.createElement('li');
    const link = doc.createElement('a');
    link.href = `#${anchor}`;
    link.textContent = article.title;
    item.append(link);
    list.append(item);

    const section = doc.createElement('article');
    section.id = anchor;
    if (article.lang) section.lang = article.lang;
    if (article.dir) section.dir = article.dir;
    const h2 = doc.createElement('h2');
    h2.textContent = article.title;
    const details = doc.createElement('p');
    details.className = 'meta';
    const source = doc.createElement('a');
    source.href = article.url;
    source.textContent = article.siteName ?? article.url;
    details.append(source, ` · ${[article.byline, article.publishedTime].filter(Boolean).join(' · ')}`);
    section.append(h2, details, doc.importNode(storedHtmlToFragment(article.html, win), true));
    doc.body.append(section);
  });
  // eslint-disable-next-line no-restricted-properties -- serialising an inert document we built ourselves.
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}
