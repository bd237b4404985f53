import { render } from 'preact';
import '../../components/reader.css';
import '../../components/pages.css';
import './options.css';
import { t } from '../../core/i18n';
import { App } from './App';

// The page's language and title follow the browser's UI language, like every string on it.
document.documentElement.lang = t('localeCode');
document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
