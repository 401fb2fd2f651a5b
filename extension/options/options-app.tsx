import { StatusBar } from '../../shared/ui/status-bar.tsx';
import type { Language } from '../shared/i18n/translate.ts';
import { DeriveSection } from './derive-section.tsx';
import { t } from './i18n.ts';
import { ImportExport } from './import-export.tsx';
import { LanguageSection } from './language-section.tsx';
import { OrgSection } from './org-section.tsx';
import { OutlineSection } from './outline-section.tsx';
import { SiteSection } from './site-section.tsx';
import { SnippetSection } from './snippet-section.tsx';
import { useLanguage } from './use-language.ts';
import { useLibrary } from './use-library.ts';

/**
 * The options page: the language, the user library (snippets, outlines, import/export, derive) and the
 * site switch. `language` is the choice read before the first render (main.tsx).
 */
export function OptionsApp(props: { language: Language }) {
  const [language, chooseLanguage] = useLanguage(props.language);
  const state = useLibrary();
  const { library } = state;
  return (
    <div class="k-options">
      <header class="k-header">
        <span class="k-logo" aria-hidden="true">
          K
        </span>
        <h1 class="k-brand">{t('optTitle')}</h1>
      </header>
      <p class="k-muted">{t('optIntro')}</p>
      <LanguageSection
        language={language}
        onChoose={(next) => {
          state.setStatus(null); // a message in the other language would stay otherwise
          chooseLanguage(next);
        }}
      />
      <div class="k-options-status">
        <StatusBar
          status={state.status}
          onDismiss={() => state.setStatus(null)}
          dismissLabel={t('statusDismiss')}
        />
      </div>
      {library === null ? (
        <p>{t('optLoading')}</p>
      ) : (
        <>
          <p class="k-muted" data-testid="storage-area">
            {state.area === 'sync' ? t('optStoredSync') : t('optStoredLocal')}
          </p>
          <OrgSection
            setStatus={state.setStatus}
            personal={{ outlines: library.outlines.length, snippets: library.snippets.length }}
          />
          <SnippetSection library={library} commit={state.commit} />
          <OutlineSection library={library} commit={state.commit} setStatus={state.setStatus} />
          <DeriveSection library={library} commit={state.commit} setStatus={state.setStatus} />
          <ImportExport library={library} commit={state.commit} setStatus={state.setStatus} />
        </>
      )}
      <SiteSection setStatus={state.setStatus} />
    </div>
  );
}
