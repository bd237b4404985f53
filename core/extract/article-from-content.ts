import { toBlockText } from './block-text';
import { dropLineNumbers } from './code';
import { keepMathml } from './maths';
import { readingStats } from './metrics';
import { dropPageControls } from './page-controls';
import { dropRecipeMarkers, showRecipeCard } from './recipe/recipe-card';
import type { RecipeData } from './recipe/recipe-data';
import { absolutizeUrls, finishFragment } from './normalise';
import { sanitizeCopyToFragment } from './sanitize';
import type { Article, ArticleMeta } from './types';

type Described = Omit<ArticleMeta, 'url' | 'wordCount' | 'readingMinutes'>;

/**
 * The last steps every article goes through, found automatically or picked by the user: formulas reduced to
 * MathML, code without line numbers, a declared recipe as a card, no forms, dialogs, shop or gallery controls → absolute URLs → DOMPurify → normalise → block text and reading time. `content` is a copy (never the live page), and is
 * changed in place. Returns the article and its block text.
 */
export function articleFromContent(
  doc: Document,
  win: Window,
  content: Element,
  meta: Described,
  /** The page's declared recipe, shown as a recipe card (see `showRecipeCard`). */
  recipe: RecipeData | null = null,
): { article: Article; text: string } {
  dropRecipeMarkers(content);
  if (recipe) showRecipeCard(content, recipe, meta.lang);
  dropPageControls(content);
  keepMathml(content);
  dropLineNumbers(content);
  absolutizeUrls(content, doc.baseURI);
  const fragment = sanitizeCopyToFragment(content, win);
  finishFragment(fragment, [doc.URL, doc.baseURI]);
  const text = toBlockText(fragment);
  return { article: { url: doc.URL, ...meta, ...readingStats(text), content: fragment }, text };
}
