/**
 * How big an import may be. A Pocket export of 10,000 links is about 2 MB and an Omnivore export with every
 * article's HTML a few tens of MB; anything past these is refused before it is read, so that a wrong or
 * hostile file cannot hold the page's memory.
 */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
/** What a ZIP may unpack to (its entries' declared sizes, added up): a small file must not unpack to gigabytes. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** More items than this in one file is no reading list. */
export const MAX_IMPORT_ITEMS = 100_000;
