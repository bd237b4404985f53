/**
 * A recipe as the page declares it for search engines: schema.org `Recipe` in JSON-LD or in microdata
 * (issue 23). Extraction uses it to check that the recipe it found is whole and to show it as a recipe card.
 */
import { byTag } from '../dom';
import { withoutInvisibles } from '../invisible-chars';
import { squash } from '../text';
import { structuredDataOf } from '../structured-data';

/** Steps under one heading ("On baking day"); `name` is null for a recipe whose steps have none. */
export interface StepGroup {
  name: string | null;
  steps: string[];
}

export interface RecipeData {
  name: string | null;
  description: string | null;
  ingredients: string[];
  steps: StepGroup[];
  /** ISO 8601 durations as declared (`PT1H30M`). */
  prepTime: string | null;
  cookTime: string | null;
  totalTime: string | null;
  /** "1 loaf (16 slices)", "4 servings". */
  yield: string | null;
}

type Json = unknown;

/** Plain text of a declared value: HTML tags and entities some plug-ins leave in are removed. */
function plain(value: Json): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return '';
  const text = value
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&quot;/g, '"');
  return squash(withoutInvisibles(text));
}

const asArray = (value: Json): Json[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

function typesOf(node: Record<string, Json>): string[] {
  return asArray(node['@type']).map((type) => String(type).replace(/^https?:\/\/schema\.org\//i, ''));
}

/** Every object in a JSON-LD document, depth first (`@graph`, arrays, nested values). */
function* objectsIn(value: Json, depth = 0): Generator<Record<string, Json>> {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) yield* objectsIn(item, depth + 1);
    return;
  }
  const node = value as Record<string, Json>;
  yield node;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement'])
    if (key in node) yield* objectsIn(node[key], depth + 1);
}

function firstText(value: Json): string | null {
  for (const item of asArray(value)) {
    const text =
      typeof item === 'object' && item !== null ? plain((item as Record<string, Json>).name) : plain(item);
    if (text) return text;
  }
  return null;
}

/** The most telling of several yields (`["4", "4 servings"]` → "4 servings"). */
function yieldOf(value: Json): string | null {
  const texts = asArray(value).map(plain).filter(Boolean);
  return texts.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** `recipeInstructions`: text, a list of texts, `HowToStep`s, or `HowToSection`s of steps. */
function stepGroupsOf(value: Json): StepGroup[] {
  const groups: StepGroup[] = [];
  let loose: StepGroup | null = null;
  const addStep = (text: string): void => {
    if (!text) return;
    if (!loose) groups.push((loose = { name: null, steps: [] }));
    loose.steps.push(text);
  };
  for (const item of asArray(value)) {
    if (typeof item === 'string') {
      // One block of text: a step per line, as the plug-ins that write it so mean it.
      for (const line of item.split(/\n+|<br\s*\/?>|<\/p>|<\/li>/i)) addStep(plain(line));
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const node = item as Record<string, Json>;
    if (typesOf(node).includes('HowToSection')) {
      const steps = stepGroupsOf(node.itemListElement).flatMap((group) => group.steps);
      if (steps.length) groups.push({ name: plain(node.name) || null, steps });
      loose = null;
    } else {
      addStep(plain(node.text) || plain(node.name));
    }
  }
  return groups;
}

function fromJsonLd(node: Record<string, Json>): RecipeData {
  return {
    name: plain(node.name) || null,
    description: plain(node.description) || null,
    ingredients: asArray(node.recipeIngredient ?? node.ingredients)
      .map(plain)
      .filter(Boolean),
    steps: stepGroupsOf(node.recipeInstructions),
    prepTime: firstText(node.prepTime),
    cookTime: firstText(node.cookTime),
    totalTime: firstText(node.totalTime),
    yield: yieldOf(node.recipeYield ?? node.yield),
  };
}

function recipeInJsonLd(doc: Document): RecipeData | null {
  // A page's broken JSON-LD is its own business (left out): the recipe is then read from the page alone.
  for (const json of structuredDataOf(doc) as Json[]) {
    for (const node of objectsIn(json)) if (typesOf(node).includes('Recipe')) return fromJsonLd(node);
  }
  return null;
}

/** A microdata property's value: `content`, `datetime`, or the element's text. */
function itemValue(el: Element): string {
  return plain(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
}

function recipeInMicrodata(doc: Document): RecipeData | null {
  // Every element's attribute read rather than a selector: jsdom matched `[itemscope][itemtype]` five times
  // slower on a long page.
  const scope = byTag(doc, '*').find(
    (el) => /schema\.org\/Recipe\b/i.test(el.getAttribute('itemtype') ?? '') && el.hasAttribute('itemscope'),
  );
  if (!scope) return null;
  // Properties of this item only, not of items nested in it (its author, its rating).
  const props = (name: string): Element[] =>
    Array.from(scope.querySelectorAll(`[itemprop~="${name}"]`)).filter(
      (el) => el.parentElement?.closest('[itemscope]') === scope,
    );
  const one = (name: string): string | null => {
    const el = props(name)[0];
    return el ? itemValue(el) || null : null;
  };
  const steps: string[] = [];
  for (const el of props('recipeInstructions')) {
    const items = byTag(el, 'li');
    if (items.length) for (const li of items) steps.push(plain(li.textContent));
    else steps.push(itemValue(el));
  }
  return {
    name: one('name'),
    description: one('description'),
    ingredients: [...props('recipeIngredient'), ...props('ingredients')].map(itemValue).filter(Boolean),
    steps: steps.filter(Boolean).length ? [{ name: null, steps: steps.filter(Boolean) }] : [],
    prepTime: one('prepTime'),
    cookTime: one('cookTime'),
    totalTime: one('totalTime'),
    yield: one('recipeYield'),
  };
}

/** The page's declared recipe, when it declares one with ingredients or steps. */
export function declaredRecipe(doc: Document): RecipeData | null {
  const recipe = recipeInJsonLd(doc) ?? recipeInMicrodata(doc);
  return recipe && (recipe.ingredients.length || recipe.steps.length) ? recipe : null;
}
