import '../../shared/ui/styles.css';
import './options.css';
import { render } from 'preact';
import { loadLanguage } from '../shared/i18n/language.ts';
import { setPageLanguage } from './i18n.ts';
import { OptionsApp } from './options-app.tsx';

// Vietnamese whatever the browser's language, unless the officer chose English on this page: the
// choice is read before the first render so the page never flashes in the other language.
void loadLanguage().then((language) => {
  setPageLanguage(language);
  render(<OptionsApp language={language} />, document.getElementById('app') as HTMLElement);
});
