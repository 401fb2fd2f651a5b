import { GENRE_WORDS } from './genre-words.ts';
import { tonePlacement } from './tone-placement.ts';

/**
 * A pair of syllables that is not a word of the genre but one slip away from exactly one that is:
 * "kính phí" (kinh phí), "quản chúng" (quần chúng), "tuyên tuyền" (tuyên truyền). A slip is, on one
 * of the two syllables: another tone mark; another vowel mark or đ/d (a/ă/â, e/ê, o/ô/ơ, u/ư); both
 * on the same letter ("diêm" → "điểm"); or one letter more, less or other in the onset ("Rứt" →
 * "Dứt"). The other syllable must be the same, and the written pair must not be a listed word.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONES_ALL = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ONSET = /^(?:ngh|ng|gh|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?/u;
// biome-ignore format: one row
const PLAIN: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };

interface Parts {
  /** Letters without the tone mark, NFC ("điểm" → "điêm"). */
  base: string;
  tone: string;
  /** base without vowel marks and đ ("điêm" → "diem"). */
  plain: string;
  onset: string;
}

const PARTS = new Map<string, Parts>();

function partsOf(syllable: string): Parts {
  let p = PARTS.get(syllable);
  if (p) return p;
  const nfd = syllable.normalize('NFD');
  const tone = TONES.exec(nfd)?.[0] ?? '';
  const base = nfd.replace(TONES_ALL, '').normalize('NFC');
  let plain = '';
  for (const ch of base) plain += PLAIN[ch] ?? ch;
  p = { base, tone, plain, onset: ONSET.exec(base)?.[0] ?? '' };
  if (PARTS.size < 8192) PARTS.set(syllable, p);
  return p;
}

/** Whether two different syllables are one slip apart (see the file comment). */
export function oneSlipApart(written: string, meant: string): boolean {
  if (written === meant) return false;
  const a = partsOf(written);
  const b = partsOf(meant);
  if (a.base === b.base) return true; // another tone
  if (a.plain === b.plain && a.base.length === b.base.length) {
    let marks = 0;
    for (let i = 0; i < a.base.length; i++) if (a.base[i] !== b.base[i]) marks++;
    // One vowel mark or đ, alone or with the tone on that same syllable.
    return marks === 1;
  }
  if (a.tone !== b.tone) return false;
  const rhymeA = a.base.slice(a.onset.length);
  const rhymeB = b.base.slice(b.onset.length);
  return rhymeA === rhymeB && oneLetterApart(a.onset, b.onset);
}

/**
 * Onsets a writer swaps by slip: sounds merged in speech (ch/tr, s/x, r/d/gi, l/n, d/v) or letters on
 * neighbouring keys. Any other swap of one onset letter ("thức" for "chức", "thương" for "chương")
 * makes another real word far more often than a typing slip, so it is not guessed.
 */
const CONFUSED = new Set(['ch tr', 's x', 'd r', 'gi r', 'd gi', 'l n', 'd v']);
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbourKeys(a: string, b: string): boolean {
  return KEY_ROWS.some((row) => {
    const i = row.indexOf(a);
    return i >= 0 && Math.abs(i - row.indexOf(b)) === 1 && row.includes(b);
  });
}

function oneLetterApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  if (x.length === y.length) {
    let diff = 0;
    let at = 0;
    for (let i = 0; i < x.length; i++)
      if (x[i] !== y[i]) {
        diff++;
        at = i;
      }
    if (diff !== 1) return false;
    return CONFUSED.has([x, y].sort().join(' ')) || neighbourKeys(x[at] ?? '', y[at] ?? '');
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** "uỷ" → "ủy": both tone placements are one syllable (text/tone-placement.ts). */
function canonical(syllable: string): string {
  const placed = tonePlacement(syllable);
  return placed?.placement === 'second' ? placed.other : syllable;
}

interface GenreIndex {
  words: Set<string>;
  byFirst: Map<string, string[]>;
  bySecond: Map<string, string[]>;
}
let genreIndex: GenreIndex | null = null;

/** The listed words by their syllables, built on first use (not at load: a start stays fast). */
function index(): GenreIndex {
  if (genreIndex) return genreIndex;
  const words = new Set<string>();
  const byFirst = new Map<string, string[]>();
  const bySecond = new Map<string, string[]>();
  for (const listed of GENRE_WORDS) {
    const [first = '', second = ''] = listed.split(' ').map(canonical);
    words.add(`${first} ${second}`);
    byFirst.set(first, [...(byFirst.get(first) ?? []), second]);
    bySecond.set(second, [...(bySecond.get(second) ?? []), first]);
  }
  genreIndex = { words, byFirst, bySecond };
  return genreIndex;
}

/** What a near-miss pair should read: which syllable (0 or 1) to change, and into what. */
export interface NearMiss {
  which: 0 | 1;
  meant: string;
  word: string;
}

/** The one listed word a pair of lower-case syllables slips from, or null (none, or several). */
export function nearMiss(writtenFirst: string, writtenSecond: string): NearMiss | null {
  const { words, byFirst, bySecond } = index();
  const first = canonical(writtenFirst);
  const second = canonical(writtenSecond);
  if (words.has(`${first} ${second}`)) return null;
  let found: NearMiss | null = null;
  for (const meant of byFirst.get(first) ?? []) {
    if (!oneSlipApart(second, meant)) continue;
    if (found) return null;
    found = { which: 1, meant, word: `${first} ${meant}` };
  }
  for (const meant of bySecond.get(second) ?? []) {
    if (!oneSlipApart(first, meant)) continue;
    if (found) return null;
    found = { which: 0, meant, word: `${meant} ${second}` };
  }
  return found;
}

/** Whether two lower-case syllables make a listed word, in either tone placement ("thành uỷ"). */
export function isGenreWord(first: string, second: string): boolean {
  return index().words.has(`${canonical(first)} ${canonical(second)}`);
}
