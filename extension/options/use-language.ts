import { useEffect, useState } from 'preact/hooks';
import { followLanguage, loadLanguage, saveLanguage } from '../shared/i18n/language.ts';
import type { Language } from '../shared/i18n/translate.ts';
import { setPageLanguage } from './i18n.ts';

/**
 * The page's language: the stored choice, followed live (a choice made in another options tab shows
 * here at once). Setting it re-renders the whole page, since every component reads `t` when it renders.
 */
export function useLanguage(initial: Language): [Language, (language: Language) => void] {
  const [language, setLanguage] = useState(initial);
  useEffect(() => {
    const apply = (next: Language) => {
      setPageLanguage(next);
      setLanguage(next);
    };
    const stop = followLanguage(apply);
    // A choice saved between the first read (main.tsx) and this listener is not missed.
    void loadLanguage().then(apply);
    return stop;
  }, []);
  const choose = (next: Language) => {
    setPageLanguage(next);
    setLanguage(next);
    void saveLanguage(next);
  };
  return [language, choose];
}
