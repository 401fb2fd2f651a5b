import en from './en.json';
import vi from './vi.json';

// The extension's own message lookup (options page, context menu, toolbar title). Chrome's
// chrome.i18n follows the browser's UI language and cannot be switched at run time, so on an English
// Chrome it would show English to officers who read Vietnamese. Khung shows Vietnamese by default
// whatever the browser's language, and English only when the officer chooses it (language.ts).

/** The languages of the extension's pages: Vietnamese first, English by choice. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A key of vi.json (the source language); en.json must have every one of them (checked by tsc here). */
export type MessageKey = keyof typeof vi;

const CATALOGS: Record<Language, Record<MessageKey, string>> = {
  vi,
  en: en satisfies Record<MessageKey, string>,
};

/** `value` as a language: "en" is English, anything else (nothing stored, an old value) Vietnamese. */
export function parseLanguage(value: unknown): Language {
  return value === 'en' ? 'en' : 'vi';
}

/**
 * The message `key` in `language`, with $1…$9 replaced by `substitutions` in order. Hand-written on
 * purpose: about a hundred fixed sentences with positional blanks need one replace, where an i18n
 * library (i18next, messageformat) would add tens of KB to the service worker and both pages.
 */
export function translate(
  language: Language,
  key: MessageKey,
  ...substitutions: Array<string | number>
): string {
  const text = CATALOGS[language][key] ?? vi[key] ?? key;
  return text.replace(/\$([1-9])/g, (blank, n: string) => {
    const value = substitutions[Number(n) - 1];
    return value === undefined ? blank : String(value);
  });
}
