import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportFileError, type ImportFailure } from '../../../core/importers/import-error';
import { MAX_IMPORT_BYTES } from '../../../core/importers/limits';
import { importExportFile } from '../../../core/library/import-file';
import { exportLibrary } from '../../../core/library/exchange';
import { openTestLibrary } from '../library/open-db';
import { sampleBytes, utf8 } from './sample-files';

const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

const BROKEN: Array<[string, () => Uint8Array, ImportFailure, string?]> = [
  ['an empty file', () => new Uint8Array(), 'empty'],
  [
    'a Pocket CSV without its url column',
    () => utf8('title,link,time_added\nA,https://a.example/,1\n'),
    'bad-header',
    'url',
  ],
  [
    'an Instapaper CSV without Folder',
    () => utf8('URL,Title,Selection\nhttps://a.example/,A,\n'),
    'bad-header',
  ],
  ['a CSV of something else', () => utf8('name,email\nAda,ada@example.test\n'), 'unknown-format'],
  [
    'a Pocket CSV saved as Windows-1252',
    () =>
      latin1(
        'title,url,time_added,tags,status\nCaf\u00e9 cr\u00e8me,https://a.example/,1700000000,,unread\n',
      ),
    'bad-encoding',
  ],
  [
    'a CSV with a quote left open',
    () =>
      utf8(
        'title,url,time_added,tags,status\n"Open quote,https://a.example/,1,,unread\nB,https://b.example/,2,,unread\n',
      ),
    'bad-data',
  ],
  ['a JSON file of something else', () => utf8('{"format":"something"}'), 'unknown-format'],
  ['broken JSON', () => utf8('[{"is_archived":1,'), 'bad-data'],
  [
    'a wallabag entry without a url',
    () => utf8('[{"is_archived":0,"title":"No link"}]'),
    'bad-data',
    'entry 1',
  ],
  [
    'an HTML page that is no export',
    () => utf8('<!doctype html><title>Hello</title><p>Hi'),
    'unknown-format',
  ],
  [
    'a bookmark file without links',
    () => utf8('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p></DL>'),
    'no-items',
  ],
  [
    'a PNG',
    () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    'bad-encoding',
  ],
  [
    'a ZIP with a ../ name',
    () => zipSync({ 'part_000000.csv': sampleBytes('pocket/part_000000.csv'), '../../evil.csv': utf8('x') }),
    'unsafe-zip',
    '../../evil.csv',
  ],
  ['a ZIP with an absolute name', () => zipSync({ '/etc/part_1.csv': utf8('x') }), 'unsafe-zip'],
  ['a ZIP of other files', () => zipSync({ 'notes.txt': utf8('hello') }), 'unknown-format'],
  [
    'a cut-off ZIP',
    () => zipSync({ 'part_000000.csv': sampleBytes('pocket/part_000000.csv') }).slice(0, 60),
    'bad-zip',
  ],
  [
    'an Omnivore batch that is not JSON',
    () => zipSync({ 'metadata_0_to_1.json': utf8('[{"url":') }),
    'bad-data',
    'metadata_0_to_1.json',
  ],
  ['a 50 MB file', () => new Uint8Array(50 * 1024 * 1024).fill(0x61), 'too-large'],
];

describe('files that cannot be imported', () => {
  it('refuses files past the size limit before reading them', () => {
    expect(MAX_IMPORT_BYTES).toBeLessThan(50 * 1024 * 1024);
  });

  it.each(BROKEN)('%s: says why, and nothing changes', async (_name, bytes, reason, detail) => {
    const { db } = openTestLibrary();
    await importExportFile(db, sampleBytes('instapaper-export.csv'), { now: 1 });
    const before = await exportLibrary(db, new Date(0));
    const queued = await db.fetchQueue.toArray();
    const error = await importExportFile(db, bytes(), { now: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).reason).toBe(reason);
    if (detail) expect((error as ImportFileError).detail).toContain(detail);
    expect(await exportLibrary(db, new Date(0))).toEqual(before);
    expect(await db.fetchQueue.toArray()).toEqual(queued);
    db.close();
  });
});
