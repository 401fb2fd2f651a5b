import type { SnippetGroup } from '../../shared/core/snippets/snippet-schema.ts';
import { type Language, type MessageKey, translate } from '../shared/i18n/translate.ts';

export type { MessageKey } from '../shared/i18n/translate.ts';

/** The page's language: Vietnamese until the stored choice is read (main.tsx), then the officer's. */
let current: Language = 'vi';

/** Switches the page's messages; the app re-renders with it (options-app.tsx). */
export function setPageLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language;
  document.title = translate(language, 'optTitle');
}

/** The message `key` in the page's language, with $1, $2… replaced by `substitutions`. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return translate(current, key, ...substitutions);
}

/** A date and time as the page's language writes it. */
export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(current === 'en' ? 'en-GB' : 'vi-VN');
}

const GROUP_KEYS: Readonly<Record<SnippetGroup, MessageKey>> = {
  'tieu-de': 'groupTieuDe',
  'kinh-gui': 'groupKinhGui',
  'can-cu': 'groupCanCu',
  'mo-dau': 'groupMoDau',
  'ket-thuc': 'groupKetThuc',
  'noi-nhan': 'groupNoiNhan',
  'chu-ky': 'groupChuKy',
  'cum-tu': 'groupCumTu',
};

/** The name of a snippet group in the page's language (the panel lists them in Vietnamese). */
export function groupLabel(group: SnippetGroup): string {
  return t(GROUP_KEYS[group]);
}
