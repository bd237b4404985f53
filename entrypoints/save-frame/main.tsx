import { render } from 'preact';
import '../../components/reader.css';
import '../../components/pages.css';
import './save-frame.css';
import { t } from '../../core/i18n';
import { App } from './App';

document.documentElement.lang = t('localeCode');
document.title = t('savePopupTitle');
const id = new URLSearchParams(location.search).get('id') ?? '';
render(<App id={id} />, document.getElementById('app')!);
