/** Recipes (issue 23): the page's declared schema.org/Recipe shown as a recipe card, checked against the page. */
import { afterEach, describe, expect, it } from 'vitest';
import type { JSDOM } from 'jsdom';
import { extractArticle, toBlockText } from '../../../core/extract';
import { declaredRecipe } from '../../../core/extract/recipe/recipe-data';
import { formatDuration } from '../../../core/extract/recipe/recipe-labels';
import { runFixture } from '../fixtures/run-fixture';
import { loadPage } from '../fixtures/load-page';

let dom: JSDOM | undefined;
afterEach(() => dom?.window.close());

const STORY =
  '<p>My neighbour brought these round on a grey Sunday in November, still warm, wrapped in a tea towel, ' +
  'and I have been making them every winter since. They are quick, forgiving and better the next day.</p>';

function page(head: string, body: string, lang = 'en'): Document {
  dom = loadPage(
    `<html lang="${lang}"><head><title>Oat biscuits</title>${head}</head><body><main><article>` +
      `<h1>Oat biscuits</h1>${STORY.repeat(3)}${body}</article></main></body></html>`,
    'https://example.com/oat-biscuits/',
  );
  return dom.window.document;
}

const jsonLd = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

const OATS = {
  '@type': 'Recipe',
  name: 'Oat biscuits',
  recipeIngredient: ['125 g butter', '100 g soft brown sugar', '150 g rolled oats', '100 g plain flour'],
  recipeInstructions: [
    { '@type': 'HowToStep', text: 'Melt the butter and sugar together over a low heat.' },
    { '@type': 'HowToStep', text: 'Stir in the oats and flour, roll into walnut-sized balls and flatten.' },
    { '@type': 'HowToStep', text: 'Bake at 180 °C for 12 minutes until golden at the edges.' },
  ],
  prepTime: 'PT15M',
  cookTime: 'PT12M',
  recipeYield: '20 biscuits',
};

function card(doc: Document): Element {
  const result = extractArticle(doc);
  if (!result.ok) throw new Error(result.reason);
  const found = result.article.content.querySelector('[data-lectern-recipe="card"]');
  if (!found) throw new Error('no recipe card');
  return found;
}

describe('the declared recipe', () => {
  it('is read from JSON-LD in a @graph, with sections of steps', () => {
    const doc = page(
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'x' },
          {
            ...OATS,
            '@type': ['Recipe', 'NewsArticle'],
            recipeInstructions: [
              { '@type': 'HowToSection', name: 'The dough', itemListElement: [OATS.recipeInstructions[0]] },
              { '@type': 'HowToSection', name: 'Baking', itemListElement: OATS.recipeInstructions.slice(1) },
            ],
          },
        ],
      }),
      '',
    );
    const recipe = declaredRecipe(doc);
    expect(recipe?.ingredients).toHaveLength(4);
    expect(recipe?.steps.map((group) => group.name)).toEqual(['The dough', 'Baking']);
    expect(recipe?.steps[1]?.steps).toHaveLength(2);
  });

  it('is read from microdata, without the properties of items nested in it', () => {
    const doc = page(
      '',
      `<div itemscope itemtype="https://schema.org/Recipe"><h2 itemprop="name">Oat biscuits</h2>
       <div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann</span></div>
       <meta itemprop="prepTime" content="PT15M"><span itemprop="recipeYield">20 biscuits</span>
       <ul><li itemprop="recipeIngredient">125 g butter</li><li itemprop="recipeIngredient">150 g rolled oats</li></ul>
       <ol itemprop="recipeInstructions"><li>Melt the butter.</li><li>Stir in the oats.</li></ol></div>`,
    );
    const recipe = declaredRecipe(doc);
    expect(recipe?.name).toBe('Oat biscuits');
    expect(recipe?.ingredients).toEqual(['125 g butter', '150 g rolled oats']);
    expect(recipe?.steps[0]?.steps).toEqual(['Melt the butter.', 'Stir in the oats.']);
    expect(recipe?.prepTime).toBe('PT15M');
  });

  it('is nothing on a page without one, or with broken JSON-LD', () => {
    expect(declaredRecipe(page('<script type="application/ld+json">{broken</script>', ''))).toBeNull();
  });
});

describe('the recipe card', () => {
  it('shows the ingredients the extraction lost, from the declared data, after the story', () => {
    // Only the steps are on the page as a list; the ingredients are in a widget extraction drops.
    const doc = page(
      jsonLd(OATS),
      `<ol>${OATS.recipeInstructions.map((step) => `<li>${step.text}</li>`).join('')}</ol>`,
    );
    const found = card(doc);
    const text = toBlockText(found);
    for (const line of OATS.recipeIngredient) expect(text).toContain(line);
    expect(found.querySelectorAll('ol > li')).toHaveLength(3);
    // Ingredients, then steps; the times and yield above them.
    expect(Array.from(found.querySelectorAll('h3'), (h) => h.textContent)).toEqual(['Ingredients', 'Method']);
    expect(found.querySelector('dl')?.textContent).toContain('20 biscuits');
    // The story stays, before the card; the steps are not printed twice.
    const article = found.parentElement!.textContent!;
    expect(article.indexOf('grey Sunday')).toBeLessThan(article.indexOf('Melt the butter'));
    expect(article.split('Melt the butter').length).toBe(2);
  });

  it('is labelled in the recipe’s language', () => {
    const doc = page(jsonLd({ ...OATS, recipeIngredient: ['125 g Butter', '150 g Haferflocken'] }), '', 'de');
    const found = card(doc);
    expect(Array.from(found.querySelectorAll('h3'), (h) => h.textContent)).toEqual([
      'Zutaten',
      'Zubereitung',
    ]);
    expect(found.querySelector('dt')?.textContent).toBe('Vorbereitung');
  });

  it('keeps the page’s ingredient headings and the story in the recipe-blog fixture', () => {
    const run = runFixture('recipe-blog');
    dom = run.dom;
    if (!run.result.ok) throw new Error(run.result.reason);
    const content = run.result.article.content;
    const found = content.querySelector('[data-lectern-recipe="card"]')!;
    expect(Array.from(found.querySelectorAll('h4'), (h) => h.textContent)).toEqual([
      'For the sponge:',
      'For the dough:',
      'To finish:',
      'The night before',
      'On baking day',
    ]);
    expect(found.querySelectorAll('ul > li')).toHaveLength(9);
    expect(found.querySelectorAll('ol > li')).toHaveLength(5);
    expect(found.querySelector('dl')?.textContent).toMatch(/Prep.*30.*Cook.*50.*Total.*13.*20.*1 loaf/s);
    expect(toBlockText(found)).toContain('freezes well in slices');
    const text = toBlockText(content);
    expect(text.indexOf('Every Saturday of my childhood')).toBeLessThan(text.indexOf('For the sponge:'));
    for (const clutter of [
      'Share this recipe',
      'affiliate',
      'Added to cart',
      'Rate it',
      'Print Recipe',
      'Jump to',
    ])
      expect(text).not.toContain(clutter);
  });
});

describe('durations', () => {
  it('reads ISO 8601 and writes them in the article’s language', () => {
    expect(formatDuration('PT90M', 'en')).toBe('1 hr 30 min');
    expect(formatDuration('P0DT0H45M', 'en')).toBe('45 min');
    expect(formatDuration('PT0M', 'en')).toBeNull();
    expect(formatDuration('soon', 'en')).toBeNull();
    expect(formatDuration('PT2H', 'de')).toBe('2 Std.');
  });
});
