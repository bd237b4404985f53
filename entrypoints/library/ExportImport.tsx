import { useState } from 'preact/hooks';
import { count, t, type MessageKey } from '../../core/i18n';
import { downloadFile } from '../../core/library/download';
import { exportLibrary, ImportError, importArticles, parseLibraryExport } from '../../core/library/exchange';
import { libraryToHtml } from '../../core/library/html-export';
import { annotationCollection } from '../../core/library/annotations-export';
import { importExportFile, type FileImportSummary } from '../../core/library/import-file';
import { library } from '../../core/library/instance';
import { markdownZip } from '../../core/library/markdown';
import { ImportFileError, importFileErrorText, SERVICE_NAMES } from './import-texts';

const stamp = () => new Date().toISOString().slice(0, 10);

/** Says what went wrong with an import file, in the user's words; nothing was changed in every case. */
export function importErrorText(error: unknown): string {
  if (error instanceof ImportFileError) return importFileErrorText(error);
  if (!(error instanceof ImportError)) return t('importErrorFailed');
  const [kind, number, field] = error.message.split(':');
  const keys: Record<string, MessageKey> = {
    'not-json': 'importErrorNotJson',
    'not-lectern': 'importErrorNotLectern',
    'newer-version': 'importErrorNewer',
  };
  if (kind === 'bad-article') return t('importErrorBadArticle', [number ?? '?', field ?? '?']);
  return t(keys[kind ?? ''] ?? 'importErrorFailed');
}

/** What importing another service's file did, in words. */
function summaryText(summary: FileImportSummary): string {
  const { format, added, updated, skipped, skippedExamples, highlights } = summary;
  const parts = [t('importFromService', [SERVICE_NAMES[format], count(added), count(updated)])];
  if (highlights > 0) parts.push(t('importHighlights', [count(highlights)]));
  if (skipped > 0) parts.push(t('importSkipped', [count(skipped), skippedExamples[0] ?? '']));
  return parts.join(' ');
}

/** A Lectern export is a JSON object; every other service's file goes to the importers. */
const isLecternJson = (start: string) => /^\s*\{/.test(start);

/**
 * Export everything (JSON, Markdown zip, one HTML file); import a Lectern JSON export or another service's
 * export (Pocket, Omnivore, Instapaper, wallabag, bookmarks). `onImported` says whether links were queued.
 */
export function ExportImport({ onImported }: { onImported: (queued: number) => void }) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const exportAs = async (kind: 'json' | 'markdown' | 'html' | 'annotations') => {
    const data = await exportLibrary(library());
    if (kind === 'annotations') {
      const collection = annotationCollection(data.articles, t('highlightsHeading'));
      downloadFile(
        `lectern-highlights-${stamp()}.jsonld`,
        JSON.stringify(collection, null, 2),
        'application/ld+json',
      );
    } else if (kind === 'json') {
      downloadFile(`lectern-${stamp()}.json`, JSON.stringify(data, null, 2), 'application/json');
    } else if (kind === 'markdown') {
      downloadFile(`lectern-${stamp()}.zip`, markdownZip(data.articles), 'application/zip');
    } else {
      downloadFile(
        `lectern-${stamp()}.html`,
        libraryToHtml(data.articles, t('exportHtmlTitle')),
        'text/html',
      );
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      if (isLecternJson(await file.slice(0, 64).text())) {
        const articles = parseLibraryExport(await file.text());
        const { added, updated } = await importArticles(library(), articles);
        setStatus({ text: t('libraryImported', [count(added), count(updated)]), error: false });
        onImported(0);
        return;
      }
      const summary = await importExportFile(library(), new Uint8Array(await file.arrayBuffer()));
      setStatus({ text: summaryText(summary), error: false });
      onImported(summary.queued);
    } catch (error) {
      setStatus({ text: importErrorText(error), error: true });
    }
  };

  return (
    <div class="exchange">
      <div class="exchange-buttons" role="group" aria-label={t('libraryExport')}>
        <span class="muted" aria-hidden="true">
          {t('libraryExport')}
        </span>
        <button type="button" onClick={() => void exportAs('json')}>
          {t('libraryExportJson')}
        </button>
        <button type="button" onClick={() => void exportAs('markdown')}>
          {t('libraryExportMarkdown')}
        </button>
        <button type="button" onClick={() => void exportAs('html')}>
          {t('libraryExportHtml')}
        </button>
        <button type="button" onClick={() => void exportAs('annotations')}>
          {t('libraryExportAnnotations')}
        </button>
        <label class="button-like">
          {t('libraryImport')}
          <input
            type="file"
            class="visually-hidden"
            accept="application/json,.json,.csv,text/csv,.zip,application/zip,.html,.htm,text/html"
            onChange={(e) => {
              const input = e.currentTarget;
              void importFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      <p class={`status${status?.error ? ' error' : ''}`} role={status?.error ? 'alert' : 'status'}>
        {status?.text}
      </p>
    </div>
  );
}
