import { render } from 'preact';
import '../../components/reader.css';
import '../../components/pages.css';
import '../../components/highlights.css';
import './library.css';
import { t } from '../../core/i18n';
import { App } from './App';

document.documentElement.lang = t('localeCode');
document.title = t('libraryTitle');
render(<App />, document.getElementById('app')!);
