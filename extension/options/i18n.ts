import type vi from '../public/_locales/vi/messages.json';

/** A key of extension/public/_locales/vi/messages.json (the default locale); en must have the same keys. */
export type MessageKey = keyof typeof vi;

/** The message for `key` in the browser's language (vi by default), with $1, $2… substitutions. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const text = chrome.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}
