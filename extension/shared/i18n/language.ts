import { type Language, parseLanguage } from './translate.ts';

// The officer's choice of language for the extension's pages, kept in chrome.storage.local (a setting
// of this device, like the site switch). Nothing stored means Vietnamese.

/** The storage key of the chosen language ("vi" or "en"). */
export const LANGUAGE_KEY = 'khung.language';

/** The language chosen on this device (Vietnamese when none was chosen or the value is unreadable). */
export async function loadLanguage(): Promise<Language> {
  const stored = await chrome.storage.local.get(LANGUAGE_KEY);
  return parseLanguage(stored[LANGUAGE_KEY]);
}

/** Stores the choice; every open page and the worker follow it through storage.onChanged. */
export async function saveLanguage(language: Language): Promise<void> {
  await chrome.storage.local.set({ [LANGUAGE_KEY]: language });
}

/** Calls `onChange` with the new language whenever the choice changes; returns the unsubscribe. */
export function followLanguage(onChange: (language: Language) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === 'local' && LANGUAGE_KEY in changes) onChange(parseLanguage(changes[LANGUAGE_KEY]?.newValue));
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
