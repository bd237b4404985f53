import Papa from 'papaparse';
import { ImportFileError } from './import-error';

/**
 * A CSV file's rows as objects keyed by lower-case column name: columns are read by their header, so an
 * extra column (Pocket's `cursor`) or a new order changes nothing. Every column in `required` must be in
 * the header, or the file is refused as having a bad header.
 */
export function csvRows(text: string, required: readonly string[]): Array<Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (name) => name.trim().toLowerCase(),
  });
  const columns = parsed.meta.fields ?? [];
  const missing = required.filter((name) => !columns.includes(name));
  if (missing.length > 0) throw new ImportFileError('bad-header', missing.join(', '));
  // A quote left open swallows the rest of the file into one field: that is a broken file, not a title.
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) throw new ImportFileError('bad-data', `line ${(broken.row ?? 0) + 2}`);
  return parsed.data;
}

/** The first line of a text, lower case, for recognising a CSV by its header. */
export function headerOf(text: string): string[] {
  const line = text.slice(0, 2000).split(/\r?\n/, 1)[0] ?? '';
  return line.split(',').map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());
}
