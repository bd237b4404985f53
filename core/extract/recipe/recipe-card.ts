/**
 * Shows a page's declared recipe as a recipe card inside the article (issue 23): its name, times and yield,
 * the ingredients under their headings ("For the dough:"), then the steps. The page's own lists are used
 * when they hold the declared recipe (they keep the headings the data has no room for); the declared data
 * fills in what the extraction lost (a page whose ingredients were dropped shows them all the same). The
 * story before the recipe stays where it was; the card takes the place of the page's recipe block.
 */
import { byTag, hasMoreThan } from '../dom';
import { squash, words } from '../text';
import { formatDuration, recipeLabels } from './recipe-labels';
import { itemsOf, listMatches, tokensOf } from './recipe-match';
import type { RecipeData } from './recipe-data';

/** The attribute the reader's stylesheet knows the card by (the sanitizer keeps it, and nothing else of its kind). */
export const RECIPE_MARKER = 'data-lectern-recipe';

/** Share of the declared lines the page's lists must hold for the card to use them instead of the data. */
const WHOLE = 0.8;

/** A section label rather than a group's heading ("Ingredients", "Zutaten", "Method"). */
const SECTION_LABEL =
  /^(?:ingredients?|zutaten|ingrédients|ingredientes|ingredienti|ingrediënten|instructions?|method|directions|steps|preparation|zubereitung|anleitung|préparation|elaboración|preparación|procedimento|modo de preparo|bereiding|bereidingswijze)\s*:?$/i;

interface Group {
  heading: string | null;
  items: Element[];
}

/** Removes the marker from everything the page brought, so that only extraction's own card carries it. */
export function dropRecipeMarkers(content: Element): void {
  for (const el of byTag(content, '*')) el.removeAttribute(RECIPE_MARKER);
}

const isHeading = (el: Element): boolean => /^H[2-6]$/.test(el.tagName);

/** The short line just above a list that names its group ("For the dough:"), if there is one. */
function groupHeadingOf(list: Element, stop: Element): Element | null {
  for (let el: Element | null = list; el && el !== stop; el = el.parentElement) {
    const before = el.previousElementSibling;
    if (!before) continue;
    const text = squash(before.textContent);
    if (!text || hasMoreThan(before, 'li')) return null;
    if (isHeading(before) || words(text) <= 8) return before;
    return null;
  }
  return null;
}

/** The lowest element holding all of `els`. */
function commonAncestor(els: Element[]): Element | null {
  let common: Element | null = els[0] ?? null;
  for (const el of els.slice(1)) while (common && !common.contains(el)) common = common.parentElement;
  return common;
}

/** The page's lists that hold declared lines, grouped under their headings; and how many lines they hold. */
function pageGroups(
  content: Element,
  declared: string[],
): { groups: Group[]; lists: Element[]; held: number } {
  const tokens = declared.map(tokensOf);
  const groups: Group[] = [];
  const lists: Element[] = [];
  const held = new Set<number>();
  for (const list of Array.from(content.querySelectorAll('ul, ol'))) {
    if (lists.some((outer) => outer.contains(list))) continue;
    const hits = listMatches(list, tokens);
    if (!hits) continue;
    hits.forEach((i) => held.add(i));
    lists.push(list);
    const heading = groupHeadingOf(list, content);
    const text = heading ? squash(heading.textContent) : '';
    groups.push({
      heading: text && !SECTION_LABEL.test(text) ? text : null,
      items: itemsOf(list).map(({ li }) => li),
    });
  }
  return { groups, lists, held: held.size };
}

function element(doc: Document, tag: string, text?: string): Element {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

function appendGroups(card: Element, label: string, groups: Group[], listTag: 'ul' | 'ol'): void {
  const doc = card.ownerDocument;
  if (!groups.some((group) => group.items.length)) return;
  card.append(element(doc, 'h3', label));
  let count = 0;
  for (const group of groups) {
    if (group.heading) card.append(element(doc, 'h4', group.heading));
    const list = element(doc, listTag);
    // Steps are numbered on through their groups, as one method.
    if (listTag === 'ol' && count) list.setAttribute('start', String(count + 1));
    list.append(...group.items);
    count += group.items.length;
    card.append(list);
  }
}

/** Declared lines as list items. */
const declaredItems = (doc: Document, lines: string[]): Element[] =>
  lines.map((line) => element(doc, 'li', line));

/** The times and yield, as a definition list. */
function facts(doc: Document, recipe: RecipeData, lang: string | null): Element | null {
  const labels = recipeLabels(lang);
  const rows: [string, string | null][] = [
    [labels.prep, formatDuration(recipe.prepTime, lang)],
    [labels.cook, formatDuration(recipe.cookTime, lang)],
    [labels.total, formatDuration(recipe.totalTime, lang)],
    [labels.yield, recipe.yield],
  ];
  const dl = element(doc, 'dl');
  dl.setAttribute(RECIPE_MARKER, 'facts');
  for (const [term, value] of rows) {
    if (!value) continue;
    const row = element(doc, 'div');
    row.append(element(doc, 'dt', term), element(doc, 'dd', value));
    dl.append(row);
  }
  return dl.childElementCount ? dl : null;
}

/** Prose in the page's recipe block besides its lists (the cook's notes), with the heading just above each. */
function notesIn(block: Element, used: Element[]): Element[] {
  const notes: Element[] = [];
  for (const p of byTag(block, 'p')) {
    const text = squash(p.textContent);
    const n = words(text);
    // A line of figures ("Total Time 13 hrs 20 mins", "Calories: 112kcal") is the card's furniture, not a note.
    if (used.some((el) => el.contains(p)) || n < 6 || (n <= 10 && /\d/.test(text) && !/[.!?]$/.test(text)))
      continue;
    const before = p.previousElementSibling;
    if (before && isHeading(before) && words(squash(before.textContent)) <= 4) notes.push(before);
    notes.push(p);
  }
  return notes;
}

/**
 * Whether `block`, holding all the recipe's `lists`, is the page's recipe block rather than the story around
 * it: most of its text is the lists (its prose, the notes, is not more than half of theirs), and it has no
 * sub-heading of a story (`<h2>`).
 */
function isRecipeBlock(block: Element, lists: Element[]): boolean {
  const listText = lists.reduce((sum, list) => sum + squash(list.textContent).length, 0);
  const noteText = notesIn(block, lists).reduce((sum, el) => sum + squash(el.textContent).length, 0);
  if (noteText > 0.5 * listText || listText < 0.4 * squash(block.textContent).length) return false;
  return !hasMoreThan(block, 'h2', 1);
}

/**
 * Puts `recipe` as a card into `content` (an extracted article, still in the extraction's copy), in place of
 * the page's recipe block when the extraction kept it, else after the article.
 */
export function showRecipeCard(content: Element, recipe: RecipeData, lang: string | null): void {
  const doc = content.ownerDocument;
  const labels = recipeLabels(lang);
  const ingredients = pageGroups(content, recipe.ingredients);
  const declaredSteps = recipe.steps.flatMap((group) => group.steps);
  const steps = pageGroups(content, declaredSteps);
  const pageLists = [...ingredients.lists, ...steps.lists];
  const textBefore = squash(content.textContent);
  // Decided before the card takes the lists' items.
  const block = commonAncestor(pageLists);
  const whole =
    block !== null && block !== content && block.parentElement !== null && isRecipeBlock(block, pageLists);
  const notes = block && whole ? notesIn(block, pageLists) : [];

  const card = element(doc, 'section');
  card.setAttribute(RECIPE_MARKER, 'card');
  if (recipe.name) card.append(element(doc, 'h2', recipe.name));
  if (recipe.description && !textBefore.includes(recipe.description))
    card.append(element(doc, 'p', recipe.description));
  const times = facts(doc, recipe, lang);
  if (times) card.append(times);

  // The page's lists when they hold the declared recipe; else the declared lines (checked against the page).
  const useIngredients =
    ingredients.held >= WHOLE * recipe.ingredients.length && ingredients.groups.length > 0;
  appendGroups(
    card,
    labels.ingredients,
    useIngredients ? ingredients.groups : [{ heading: null, items: declaredItems(doc, recipe.ingredients) }],
    'ul',
  );
  const useSteps = steps.held >= WHOLE * declaredSteps.length && steps.groups.length > 0;
  appendGroups(
    card,
    labels.steps,
    useSteps
      ? steps.groups
      : recipe.steps.map((group) => ({ heading: group.name, items: declaredItems(doc, group.steps) })),
    'ol',
  );

  if (block && whole) {
    // The page's recipe block (a plug-in's card): replaced whole, its notes carried over.
    card.append(...notes);
    block.replaceWith(card);
    return;
  }
  if (pageLists.length) {
    // Lists among the story's paragraphs: each goes with its heading, the card stands where the first was.
    pageLists[0]!.before(card);
    for (const list of pageLists) {
      const heading = groupHeadingOf(list, content);
      if (heading && !card.contains(heading)) heading.remove();
      if (!card.contains(list)) list.remove();
    }
    return;
  }
  // Nothing of the recipe was kept: it follows the story.
  let last: Element = content;
  while (last.lastElementChild && last.lastElementChild.tagName === 'DIV') last = last.lastElementChild;
  last.append(card);
}
