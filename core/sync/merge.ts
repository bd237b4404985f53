import { normaliseTags } from '../library/library';
import { MAX_REVISIONS, type ArticleContent, type BodyRevision, type SyncedHighlight } from './article-doc';

/**
 * The conflict rules, for one article changed on two devices while they could not reach the server. They
 * never lose a tag, a highlight or a body:
 *
 * - **reading position**: the one moved last wins (`progressAt`);
 * - **tags**: both devices' tags, merged (in alphabetical order);
 * - **highlights and notes**: both devices' highlights; one highlight changed on both keeps its later edit;
 * - **body**: the one saved last stays the article, the other is kept as a revision (`revisions`);
 * - **title, read, archived and the other list fields**: the side edited last (`summary.updatedAt`);
 * - **saved date**: the earlier.
 *
 * A deleted article against an edited one: CouchDB keeps the edit (a deleted revision never wins over a
 * live one), so an edit made offline brings back an article the other device deleted.
 *
 * The result does not depend on the order of the two sides, so every device that resolves the same
 * conflict writes the same article.
 */
export function mergeArticles(a: ArticleContent, b: ArticleContent): ArticleContent {
  const [older, newer] = ordered(a, b, (c) => c.summary.updatedAt);
  const progress = ordered(a, b, (c) => c.progressAt)[1];
  const [oldBody, newBody] = ordered(a, b, (c) => c.bodyAt);
  const replaced: BodyRevision[] =
    oldBody.html === newBody.html ? [] : [{ html: oldBody.html, text: oldBody.text, bodyAt: oldBody.bodyAt }];
  return {
    type: 'article',
    summary: {
      ...newer.summary,
      savedAt: Math.min(a.summary.savedAt, b.summary.savedAt),
      updatedAt: Math.max(a.summary.updatedAt, b.summary.updatedAt),
      // Sorted, so that the same tags come out in the same order whichever device merged them.
      tags: normaliseTags([...newer.summary.tags, ...older.summary.tags]).sort(),
      progress: progress.summary.progress,
    },
    html: newBody.html,
    text: newBody.text,
    bodyAt: newBody.bodyAt,
    progressAt: progress.progressAt,
    highlights: mergeHighlights(a.highlights, b.highlights),
    revisions: mergeRevisions([...replaced, ...a.revisions, ...b.revisions], newBody.html),
  };
}

/** Merges any number of sides (a document with several conflicting revisions). */
export function mergeAll(sides: readonly ArticleContent[]): ArticleContent {
  if (sides.length === 0) throw new Error('Nothing to merge.');
  return sides.slice(1).reduce(mergeArticles, sides[0]!);
}

/**
 * The two sides as [older, newer] by `time`. A tie goes by the sides' content, so that both devices pick
 * the same side whichever of them runs the merge.
 */
function ordered(a: ArticleContent, b: ArticleContent, time: (c: ArticleContent) => number) {
  const ta = time(a);
  const tb = time(b);
  if (ta !== tb) return ta < tb ? ([a, b] as const) : ([b, a] as const);
  return JSON.stringify(a) <= JSON.stringify(b) ? ([a, b] as const) : ([b, a] as const);
}

function mergeHighlights(a: readonly SyncedHighlight[], b: readonly SyncedHighlight[]): SyncedHighlight[] {
  const byId = new Map<string, SyncedHighlight>();
  for (const highlight of [...a, ...b]) {
    const seen = byId.get(highlight.id);
    // The later edit; a tie goes by content, the same on every device.
    if (!seen || highlight.updatedAt > seen.updatedAt) byId.set(highlight.id, highlight);
    else if (highlight.updatedAt === seen.updatedAt && JSON.stringify(highlight) > JSON.stringify(seen))
      byId.set(highlight.id, highlight);
  }
  return Array.from(byId.values()).sort((x, y) => x.createdAt - y.createdAt || (x.id < y.id ? -1 : 1));
}

/** Distinct bodies other than the article's own, newest first, at most MAX_REVISIONS. */
function mergeRevisions(revisions: readonly BodyRevision[], current: string): BodyRevision[] {
  const seen = new Set<string>([current]);
  return [...revisions]
    .sort((x, y) => y.bodyAt - x.bodyAt)
    .filter((revision) => !seen.has(revision.html) && seen.add(revision.html))
    .slice(0, MAX_REVISIONS);
}
