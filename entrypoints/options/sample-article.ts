import type { Article } from '../../core/extract';
import { t, type MessageKey } from '../../core/i18n';

const PARAGRAPHS: MessageKey[] = ['sampleParagraph1', 'sampleParagraph2', 'sampleParagraph3'];

// A drawn landscape, so that the preview shows what hiding images does without loading anything.
const PICTURE =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 240"><rect width="640" height="240" fill="#9cc3d5"/>' +
      '<circle cx="520" cy="70" r="36" fill="#f4d58d"/><path d="M0 240 L180 90 L330 240 Z" fill="#5b7f6e"/>' +
      '<path d="M200 240 L420 60 L640 240 Z" fill="#3f5e50"/></svg>',
  );

/** The preview's article, in the user's language, built from DOM nodes like a real extracted one. */
export function sampleArticle(doc: Document): Article {
  const content = doc.createDocumentFragment();
  const add = (tag: string, text: string) => {
    const el = doc.createElement(tag);
    el.textContent = text;
    content.append(el);
    return el;
  };
  add('p', t(PARAGRAPHS[0]!));
  const figure = doc.createElement('figure');
  const img = doc.createElement('img');
  img.src = PICTURE;
  img.alt = t('sampleImageAlt');
  img.width = 640;
  img.height = 240;
  const caption = doc.createElement('figcaption');
  caption.textContent = t('sampleImageCaption');
  figure.append(img, caption);
  content.append(figure);
  add('h2', t('sampleHeading'));
  add('p', t(PARAGRAPHS[1]!));
  add('blockquote', t('sampleQuote'));
  add('p', t(PARAGRAPHS[2]!));
  return {
    url: '',
    title: t('sampleTitle'),
    byline: t('sampleByline'),
    siteName: t('extName'),
    publishedTime: null,
    lang: t('localeCode'),
    dir: null,
    excerpt: null,
    wordCount: 180,
    readingMinutes: 1,
    content,
  };
}
