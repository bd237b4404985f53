import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { library } from '../../core/library/instance';
import { allTags, listArticles, type ListFilter } from '../../core/library/library';
import type { ArticleSummary } from '../../core/library/record';
import { prepareSearch, searchArticles } from '../../core/library/search';
import type { Snippet } from '../../core/library/search/snippet';
import { ExportImport } from './ExportImport';
import { ImportProgress } from './ImportProgress';
import { isLinkOnly } from '../../core/library/import-items';
import { listKeyHandler } from './list-keys';
import { articleHref, HIGHLIGHTS_HREF } from './use-route';
import { TagFilter } from './TagFilter';

const FILTERS: Array<[ListFilter, 'filterAll' | 'filterUnread' | 'filterArchived']> = [
  ['all', 'filterAll'],
  ['unread', 'filterUnread'],
  ['archived', 'filterArchived'],
];

/** The passage where the search words stand, the words marked. */
function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <p class="entry-excerpt entry-snippet">
      {snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
    </p>
  );
}

function Entry({ article, snippet }: { article: ArticleSummary; snippet: Snippet | null }) {
  const details = [
    article.siteName,
    isLinkOnly(article) ? t('stateLinkOnly') : t('readingTime', String(article.readingMinutes)),
    article.read ? t('stateRead') : null,
    article.archived ? t('stateArchived') : null,
  ].filter(Boolean);
  return (
    <li class="entry">
      <a class="entry-title" href={articleHref(article.id)} lang={article.lang ?? undefined}>
        {article.title}
      </a>
      <p class="entry-meta">
        {details.join(' · ')}
        {article.tags.map((tag) => (
          <span class="tag" key={tag}>
            {tag}
          </span>
        ))}
      </p>
      {snippet ? (
        <SnippetText snippet={snippet} />
      ) : (
        article.excerpt && <p class="entry-excerpt">{article.excerpt}</p>
      )}
    </li>
  );
}

type Shown = { article: ArticleSummary; snippet: Snippet | null };

/**
 * Newest first, or best match first while searching, narrowed by a search that answers as the user types, a state filter and a tag. A new
 * `reload` (after an Undo) reads the list again and keeps the user's search and filters.
 */
export function ListView({ reload = 0 }: { reload?: number }) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ListFilter>('all');
  const [tag, setTag] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [articles, setArticles] = useState<Shown[] | null>(null);
  const [reloads, setReloads] = useState(0);
  const [imports, setImports] = useState(0);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const latest = useRef(0);

  useEffect(() => {
    // The search index is read while the user looks at the list, so that the first search need not wait.
    const idle = requestIdleCallback(() => void prepareSearch(library()));
    return () => cancelIdleCallback(idle);
  }, []);

  useEffect(() => {
    void allTags(library()).then(setTags);
  }, [reloads, reload]);

  useEffect(() => {
    const asked = ++latest.current;
    const options = { filter, tag: tag || null };
    // Only the answer to the latest keystroke is shown: an older, slower search must not overwrite it.
    const show = (result: Shown[]) => asked === latest.current && setArticles(result);
    const found: Promise<Shown[]> = query.trim()
      ? searchArticles(library(), query, options, show)
      : listArticles(library(), options).then((list) => list.map((article) => ({ article, snippet: null })));
    void found.then(show);
  }, [query, filter, tag, reloads, reload]);

  useEffect(() => {
    const onKey = listKeyHandler(
      () => search.current,
      () => Array.from(list.current?.querySelectorAll<HTMLAnchorElement>('a.entry-title') ?? []),
    );
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <main class="library">
      <header class="library-header">
        <h1>{t('libraryTitle')}</h1>
        <a class="view-link" href={HIGHLIGHTS_HREF}>
          {t('highlightsViewTitle')}
        </a>
        <ExportImport
          onImported={(queued) => {
            setReloads((n) => n + 1);
            if (queued > 0) setImports((n) => n + 1);
          }}
        />
      </header>
      <ImportProgress started={imports} onFetched={() => setReloads((n) => n + 1)} />
      <div class="library-controls">
        <input
          ref={search}
          type="search"
          class="search"
          aria-label={t('librarySearch')}
          placeholder={t('librarySearch')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <div class="filters" role="group" aria-label={t('libraryFilter')}>
          {FILTERS.map(([value, label]) => (
            <button
              type="button"
              key={value}
              aria-pressed={filter === value}
              onClick={() => setFilter(value)}
            >
              {t(label)}
            </button>
          ))}
        </div>
        <TagFilter tags={tags} tag={tag} onChange={setTag} />
      </div>
      <p class="muted keys-hint">{t('libraryKeysHint')}</p>
      {query.trim() && articles && articles.length > 0 && (
        <p class="muted ranked-hint" role="status">
          {t('librarySearchRanked')}
        </p>
      )}
      {articles && articles.length === 0 && (
        <p class="empty">
          {query.trim() || filter !== 'all' || tag ? t('libraryNoMatch') : t('libraryEmpty')}
        </p>
      )}
      <ul class="entries" ref={list}>
        {(articles ?? []).map(({ article, snippet }) => (
          <Entry key={article.id} article={article} snippet={snippet} />
        ))}
      </ul>
    </main>
  );
}
