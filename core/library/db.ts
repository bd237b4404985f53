import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { Highlight } from '../annotate/highlight';
import type { FetchTask } from './fetch-task';
import type { ArticlePictures, StoredPicture } from './pictures/record';
import type { ArticleBody, ArticleSummary } from './record';
import type { StoredSegment } from './search/segment';
import { buildSearchIndex } from './search/upgrade';

export const LIBRARY_DB_NAME = 'lectern-library';

/**
 * Every schema the library has had, oldest first. Never edit a published version: add the next one with its
 * `upgrade` and a test in tests/unit/library/migrations.test.ts that opens a database of the version before,
 * filled with example data, and checks what the upgrade made of it.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string | null>;
  upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0];
}> = [
  {
    version: 1,
    stores: {
      articles: 'id, &canonicalUrl, savedAt, *tags',
      bodies: 'id',
      words: 'id, *words',
    },
  },
  {
    // Highlights and notes (issue 15), each belonging to a saved article; nothing older changes shape.
    version: 2,
    stores: { highlights: 'id, articleId, createdAt' },
  },
  {
    // Imports: the links whose pages are still to be fetched, and why the failed ones failed. A new table
    // only; the articles, bodies and words stay as they were.
    version: 3,
    stores: { fetchQueue: 'id, state, queuedAt' },
  },
  {
    // Pictures kept with their articles (issue 18): each stored once under the hash of its bytes, with the
    // articles that show it, and each article's list of its pictures and what became of each. New tables
    // only: an article saved before has no list, and its saved copy says its pictures were not kept.
    version: 4,
    stores: { pictures: 'hash, *articleIds, bytes', articlePictures: 'id' },
  },
  {
    // Ranked search (issue 18): the word lists, one index entry per word and article (half the database),
    // give way to a packed inverted index of a few rows; the upgrade builds it from the stored articles.
    version: 5,
    stores: { words: null, searchIndex: '++seq, tier' },
    upgrade: buildSearchIndex,
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export class LibraryDb extends Dexie {
  articles!: Table<ArticleSummary, string>;
  bodies!: Table<ArticleBody, string>;
  searchIndex!: Table<StoredSegment, number>;
  highlights!: Table<Highlight, string>;
  fetchQueue!: Table<FetchTask, string>;
  pictures!: Table<StoredPicture, string>;
  articlePictures!: Table<ArticlePictures, string>;

  constructor(name = LIBRARY_DB_NAME, options?: DexieOptions) {
    super(name, options);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
