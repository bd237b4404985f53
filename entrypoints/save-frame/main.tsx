import { render } from 'preact';
import '../../components/reader.css';
import '../../components/pages.css';
import '../../components/highlights.css';
import './save-frame.css';
import { t } from '../../core/i18n';
import { App } from './App';
import { HighlightEditor } from './HighlightEditor';
import { HighlightList } from './HighlightList';

/** One frame page for the reader's user data: the save popup, a highlight's editor, the highlights list. */
document.documentElement.lang = t('localeCode');
const params = new URLSearchParams(location.search);
const highlight = params.get('highlight');
const highlights = params.get('highlights');
const app = document.getElementById('app')!;
if (highlight) {
  document.title = t('highlightEditorTitle');
  render(<HighlightEditor id={highlight} focusNote={params.get('focus') === 'note'} />, app);
} else if (highlights) {
  document.title = t('highlightsPanelTitle');
  const missing = new Set((params.get('missing') ?? '').split(',').filter(Boolean));
  render(<HighlightList articleId={highlights} missing={missing} />, app);
} else {
  document.title = t('savePopupTitle');
  render(<App id={params.get('id') ?? ''} />, app);
}
