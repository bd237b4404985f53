import { useMemo } from 'preact/hooks';
import { ArticleView } from '../../components/ArticleView';
import { t } from '../../core/i18n';
import { readerAttributes, readerStyle } from '../../core/reader/reader-style';
import type { ReaderFontNames } from '../../core/reader/reader-fonts';
import type { Settings } from '../../core/settings/settings';
import { sampleArticle } from './sample-article';

/** The sample article exactly as the reader would show it with these settings. */
export function Preview({ settings, fonts }: { settings: Settings; fonts: ReaderFontNames }) {
  const article = useMemo(() => sampleArticle(document), []);
  return (
    // Focusable, so that keyboard users can scroll the preview too.
    <div
      class="reader preview"
      {...readerAttributes(settings)}
      style={readerStyle(settings, fonts)}
      role="region"
      aria-label={t('previewTitle')}
      tabIndex={0}
    >
      <div class="page">
        <ArticleView article={article} content={article.content} titleId="lectern-preview-article" />
      </div>
    </div>
  );
}
