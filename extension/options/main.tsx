import '../../shared/ui/styles.css';
import './options.css';
import { render } from 'preact';
import { t } from './i18n.ts';
import { OptionsApp } from './options-app.tsx';

document.title = t('optTitle');
// Chrome picks en for an English browser and the default (vi) for every other language.
document.documentElement.lang = chrome.i18n.getUILanguage().startsWith('en') ? 'en' : 'vi';
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
