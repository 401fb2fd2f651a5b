import { LANGUAGES, type Language } from '../shared/i18n/translate.ts';
import { t } from './i18n.ts';

/**
 * "Ngôn ngữ / Language": Vietnamese by default whatever the browser's language, English by choice.
 * The label is written in both languages so an officer who switched by mistake finds the way back.
 */
export function LanguageSection(props: { language: Language; onChoose: (language: Language) => void }) {
  const names: Record<Language, string> = { vi: t('langVi'), en: t('langEn') };
  return (
    <section class="k-section" aria-labelledby="language-heading">
      <div class="k-row">
        <label id="language-heading" for="language">
          {t('langLabel')}
        </label>
        <select
          id="language"
          value={props.language}
          onChange={(e) => props.onChoose(e.currentTarget.value === 'en' ? 'en' : 'vi')}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {names[l]}
            </option>
          ))}
        </select>
      </div>
      <p class="k-muted">{t('langHint')}</p>
      <p class="k-muted" data-testid="language-panel-note">
        {t('langPanelNote')}
      </p>
    </section>
  );
}
