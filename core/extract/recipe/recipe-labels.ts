/**
 * The recipe card's few words. The card is part of the article (it is saved and exported with it), so it is
 * labelled in the recipe's own language, like the rest of its text: the seven languages of the clutter
 * vocabulary, English otherwise.
 */
export interface RecipeLabels {
  ingredients: string;
  steps: string;
  prep: string;
  cook: string;
  total: string;
  yield: string;
}

const LABELS: Record<string, RecipeLabels> = {
  en: {
    ingredients: 'Ingredients',
    steps: 'Method',
    prep: 'Prep',
    cook: 'Cook',
    total: 'Total',
    yield: 'Makes',
  },
  de: {
    ingredients: 'Zutaten',
    steps: 'Zubereitung',
    prep: 'Vorbereitung',
    cook: 'Garzeit',
    total: 'Gesamt',
    yield: 'Menge',
  },
  fr: {
    ingredients: 'Ingrédients',
    steps: 'Préparation',
    prep: 'Préparation',
    cook: 'Cuisson',
    total: 'Total',
    yield: 'Pour',
  },
  es: {
    ingredients: 'Ingredientes',
    steps: 'Elaboración',
    prep: 'Preparación',
    cook: 'Cocción',
    total: 'Total',
    yield: 'Raciones',
  },
  it: {
    ingredients: 'Ingredienti',
    steps: 'Procedimento',
    prep: 'Preparazione',
    cook: 'Cottura',
    total: 'Totale',
    yield: 'Dosi',
  },
  pt: {
    ingredients: 'Ingredientes',
    steps: 'Modo de preparo',
    prep: 'Preparação',
    cook: 'Cozedura',
    total: 'Total',
    yield: 'Rende',
  },
  nl: {
    ingredients: 'Ingrediënten',
    steps: 'Bereiding',
    prep: 'Voorbereiding',
    cook: 'Bereidingstijd',
    total: 'Totaal',
    yield: 'Voor',
  },
};

/** The labels for an article in `lang` (a BCP 47 tag such as `de-AT`). */
export function recipeLabels(lang: string | null): RecipeLabels {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return LABELS[primary] ?? LABELS.en!;
}

/**
 * An ISO 8601 duration (`PT1H30M`, `P0DT0H45M`) as the article's language writes it ("1 hr, 30 min"); null
 * for a missing, zero or unreadable one.
 */
export function formatDuration(iso: string | null, lang: string | null): string | null {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:\d+(?:\.\d+)?S)?)?$/i.exec((iso ?? '').trim());
  if (!match) return null;
  // "PT90M" reads as 1 hr 30 min.
  const all = (Number(match[1] ?? 0) * 24 + Number(match[2] ?? 0)) * 60 + Number(match[3] ?? 0);
  if (!all) return null;
  const hours = Math.floor(all / 60);
  const minutes = all % 60;
  const unit = (value: number, name: 'hour' | 'minute'): string => {
    try {
      return new Intl.NumberFormat(lang ?? 'en', { style: 'unit', unit: name, unitDisplay: 'short' }).format(
        value,
      );
    } catch {
      return `${value} ${name === 'hour' ? 'h' : 'min'}`;
    }
  };
  return [hours ? unit(hours, 'hour') : '', minutes ? unit(minutes, 'minute') : ''].filter(Boolean).join(' ');
}
