/**
 * Adds an extraction fixture from a saved page:
 *
 *   npx tsx scripts/new-fixture.ts <slug> <path-or-url-of-html> [--url <page-url>]
 *
 * Copies the HTML to tests/fixtures/pages/<slug>/source.html, records the page address in url.txt
 * (--url, else the address it was fetched from, else https://example.com/<slug>/) and generates
 * expected.html and expected-metadata.json. Read both before committing: they are what the tests will hold
 * the pipeline to.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defaultFixtureUrl, fixtureFiles } from '../tests/unit/fixtures/fixture-paths';
import { writeExpectedFiles } from '../tests/unit/fixtures/write-expected';

const USAGE = 'Usage: npx tsx scripts/new-fixture.ts <slug> <path-or-url-of-html> [--url <page-url>]';

interface Options {
  slug: string;
  from: string;
  url: string | null;
}

function parseArgs(args: string[]): Options {
  const positional: string[] = [];
  let url: string | null = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--url') url = args[++i] ?? fail('--url needs a value');
    else positional.push(args[i]!);
  }
  const [slug, from] = positional;
  if (!slug || !from || positional.length > 2) fail(USAGE);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    fail(`Slug "${slug}" should be kebab-case, like "lazy-images".`);
  if (url !== null && !URL.canParse(url)) fail(`--url "${url}" is not an absolute URL.`);
  return { slug, from, url };
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function isWebAddress(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

async function readSource(from: string): Promise<string> {
  if (!isWebAddress(from)) {
    if (!existsSync(from)) fail(`No such file: ${from}`);
    return readFileSync(from, 'utf8');
  }
  const response = await fetch(from);
  if (!response.ok) fail(`Fetching ${from} failed: ${response.status} ${response.statusText}`);
  return response.text();
}

async function main(): Promise<void> {
  const { slug, from, url } = parseArgs(process.argv.slice(2));
  const files = fixtureFiles(slug);
  if (existsSync(files.source)) {
    fail(
      `${relative(process.cwd(), files.dir)} already exists; to regenerate its expected files run npm run fixtures:update.`,
    );
  }
  const html = await readSource(from);
  const pageUrl = url ?? (isWebAddress(from) ? from : defaultFixtureUrl(slug));

  mkdirSync(files.dir, { recursive: true });
  writeFileSync(files.source, html);
  writeFileSync(files.url, `${pageUrl}\n`);
  const { metadata, written } = writeExpectedFiles(slug);

  for (const path of [files.source, files.url, ...written])
    console.log(`wrote ${relative(process.cwd(), path)}`);
  if ('ok' in metadata) console.log(`extraction result: ${metadata.reason}`);
  else
    console.log(`article: "${metadata.title}", ${metadata.wordCount} words, ${metadata.readingMinutes} min`);
  console.log(
    'Read the expected files to check them before committing: the tests will hold the pipeline to them.',
  );
}

await main();
