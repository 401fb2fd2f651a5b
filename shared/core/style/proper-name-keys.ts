import { TABLE_END, tables } from '../text/word-units.ts';
import { PROPER_NAMES } from './proper-names.ts';

/** The names of proper-names.ts as proper-name-faults.ts looks them up: by a key, by their first word. */
export interface Entry {
  form: string;
  /** The form in lower case, one tone placement (keyOf). */
  key: string;
  /** Also a common noun: checked only when written with a leading capital, away from a sentence start. */
  common: boolean;
  /** The first word may take either case. */
  firstFree: boolean;
}

/** Both tone placements are in use (hoá/hóa, uỷ/ủy): a name matches either. */
const TONE_PAIRS: readonly [string, string][] = [
  ['óa', 'oá'],
  ['òa', 'oà'],
  ['ỏa', 'oả'],
  ['õa', 'oã'],
  ['ọa', 'oạ'],
  ['úy', 'uý'],
  ['ùy', 'uỳ'],
  ['ủy', 'uỷ'],
  ['ũy', 'uỹ'],
  ['ụy', 'uỵ'],
];

// Regexes made once: a literal in a function is a new object at every call.
const OLD_PLACEMENT = /o[áàảãạ]|u[ýỳỷỹỵ]/u;

/** A name as names are compared: lower case, NBSP as a space, one tone placement. */
export function keyOf(s: string): string {
  let k = s.toLowerCase();
  if (k.includes('\u00a0')) k = k.replace(/\u00a0/gu, ' ');
  // Old-style placement ("hoá", "uỷ") mapped to one form; most words have none.
  if (OLD_PLACEMENT.test(k)) for (const [a, b] of TONE_PAIRS) k = k.replaceAll(b, a);
  return k;
}

/** Entries by their first word, longest first. */
export const BY_HEAD = new Map<string, Entry[]>();
for (const raw of PROPER_NAMES) {
  const form = raw.replace(/^[~^]/u, '');
  const key = keyOf(form);
  const head = key.split(' ')[0] ?? '';
  const list = BY_HEAD.get(head) ?? [];
  list.push({ form, key, common: raw.startsWith('~'), firstFree: raw.startsWith('^') });
  BY_HEAD.set(
    head,
    list.sort((a, b) => b.key.length - a.key.length),
  );
}

export function variants(word: string): string[] {
  const out = [word];
  for (const [a, b] of TONE_PAIRS) if (word.includes(a)) out.push(word.replaceAll(a, b));
  return out;
}

/** The units keyOf may change besides their case: NBSP, and the letters of an old tone placement. */
const RESHAPED = new Set([...'\u00a0ouáàảãạýỳỷỹỵ'].map((c) => c.charCodeAt(0)));

/**
 * False when keyOf(text.slice(i, i + key.length)) surely differs from `key`: a unit differs from the
 * key's in lower case and is none keyOf reshapes (the few whose lower case is longer, "İ", give
 * U+0307, which no key holds). Spares most entries their slice and keyOf.
 */
export function mayBeKey(text: string, i: number, key: string): boolean {
  const low = tables().lower;
  for (let j = 0; j < key.length; j++) {
    const c = text.charCodeAt(i + j);
    const l = c < TABLE_END ? (low[c] as number) : c;
    if (l !== key.charCodeAt(j) && !RESHAPED.has(l)) return false;
  }
  return true;
}
