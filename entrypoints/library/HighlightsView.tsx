import { useEffect, useMemo, useState } from 'preact/hooks';
import { HighlightEntry } from '../../components/HighlightEntry';
import { HIGHLIGHT_COLOR_LABELS } from '../../components/labels';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../core/annotate/highlight';
import { t } from '../../core/i18n';
import {
  filterHighlightRows,
  highlightRows,
  tagsOfRows,
  type HighlightRow,
} from '../../core/library/highlight-view';
import { library } from '../../core/library/instance';
import { articleHref } from './use-route';
import { TagFilter } from './TagFilter';

const dateFormat = () => new Intl.DateTimeFormat(t('localeCode'), { dateStyle: 'medium' });

/** Where a highlight is from and when it was made, under its quote. */
function Source({ row, format }: { row: HighlightRow; format: Intl.DateTimeFormat }) {
  const { article, highlight } = row;
  return (
    <p class="highlight-source">
      <span class="highlight-article" lang={article.lang ?? undefined}>
        {article.title}
      </span>
      {article.siteName && <span> · {article.siteName}</span>}
      {' · '}
      <time dateTime={new Date(highlight.createdAt).toISOString()}>{format.format(highlight.createdAt)}</time>
      {article.tags.map((tag) => (
        <span class="tag" key={tag}>
          {tag}
        </span>
      ))}
    </p>
  );
}

/**
 * Every highlight on the reading list, newest first: its colour, quote, note, article and date, narrowed by
 * a search over quotes and notes, a colour and a tag; each links to its article opened at it.
 */
export function HighlightsView() {
  const [rows, setRows] = useState<HighlightRow[] | null>(null);
  const [text, setText] = useState('');
  const [color, setColor] = useState<HighlightColor | null>(null);
  const [tag, setTag] = useState('');

  useEffect(() => {
    void highlightRows(library()).then(setRows);
  }, []);

  const tags = useMemo(() => tagsOfRows(rows ?? []), [rows]);
  const shown = useMemo(
    () => filterHighlightRows(rows ?? [], { text, color, tag: tag || null }),
    [rows, text, color, tag],
  );
  const format = useMemo(dateFormat, []);

  return (
    <main class="library highlights-view">
      <nav class="view-nav" aria-label={t('libraryTitle')}>
        <a href="#/">← {t('articleBack')}</a>
      </nav>
      <h1>{t('highlightsViewTitle')}</h1>
      {rows && rows.length === 0 ? (
        <p class="empty">{t('highlightsLibraryEmpty')}</p>
      ) : (
        <>
          <div class="library-controls">
            <input
              type="search"
              class="search"
              aria-label={t('highlightsSearch')}
              placeholder={t('highlightsSearch')}
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
            />
            <div class="filters color-filter" role="group" aria-label={t('highlightColor')}>
              <button type="button" aria-pressed={color === null} onClick={() => setColor(null)}>
                {t('highlightsAnyColor')}
              </button>
              {HIGHLIGHT_COLORS.map((value) => (
                <button
                  type="button"
                  key={value}
                  aria-pressed={color === value}
                  onClick={() => setColor(value)}
                >
                  <span class="swatch" data-color={value} aria-hidden="true" />{' '}
                  {t(HIGHLIGHT_COLOR_LABELS[value])}
                </button>
              ))}
            </div>
            <TagFilter tags={tags} tag={tag} onChange={setTag} />
          </div>
          <p class="muted highlights-count" role="status">
            {rows &&
              (shown.length === 0 ? t('highlightsNoMatch') : t('highlightsShown', String(shown.length)))}
          </p>
          <ol class="article-highlights highlight-rows">
            {shown.map((row) => (
              <HighlightEntry
                key={row.highlight.id}
                highlight={row.highlight}
                missing={false}
                href={articleHref(row.article.id, row.highlight.id)}
              >
                <Source row={row} format={format} />
              </HighlightEntry>
            ))}
          </ol>
        </>
      )}
    </main>
  );
}
