import { foldWords } from '../text/fold.ts';

/** Union abbreviations (folded) and what they stand for, so "CNVCLĐ" matches the words it shortens. */
const ABBREVIATIONS: Record<string, string> = {
  cnvcld: 'cong nhan vien chuc lao dong',
  cbccvcld: 'can bo cong chuc vien chuc lao dong',
  cnld: 'cong nhan lao dong',
  cnvc: 'cong nhan vien chuc',
  cdcs: 'cong doan co so',
  cdvc: 'cong doan vien chuc',
  cd: 'cong doan',
  ldld: 'lien doan lao dong',
  tld: 'tong lien doan',
  nld: 'nguoi lao dong',
  dv: 'doan vien',
  bch: 'ban chap hanh',
  btv: 'ban thuong vu',
  ubkt: 'uy ban kiem tra',
  atvsld: 'an toan ve sinh lao dong',
  tuldtt: 'thoa uoc lao dong tap the',
  qcdc: 'quy che dan chu',
  kt: 'kiem tra',
  gs: 'giam sat',
};

/** Words that carry no meaning for matching section titles. */
const STOP = new Set([
  'va',
  'cua',
  'cac',
  'nhung',
  'trong',
  'doi',
  'voi',
  've',
  'cho',
  'den',
  'tai',
  'theo',
  'la',
  'co',
  'duoc',
  'mot',
  'so',
  'nay',
  'do',
  'thi',
  'hoac',
  'nhu',
  'tu',
  'o',
  'vao',
  'ra',
  'de',
]);

/** The words of a title used for matching: folded, abbreviations expanded, stop words and years dropped. */
export function matchTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of foldWords(text)) {
    // One lookup for both kinds of special word: a stop word adds nothing, an abbreviation its words.
    const replaced = SPECIAL.get(word);
    if (replaced) {
      for (const w of replaced) out.add(w);
    } else if (!isYear(word)) out.add(word);
  }
  return out;
}

/** Stop words → no words; abbreviations → the words they stand for, stop words dropped. */
const SPECIAL = new Map<string, readonly string[]>([
  ...[...STOP].map((w): [string, readonly string[]] => [w, []]),
  ...Object.entries(ABBREVIATIONS).map(([k, v]): [string, readonly string[]] => [
    k,
    v.split(' ').filter((w) => !STOP.has(w)),
  ]),
]);

/** "2020", "1995": years say nothing about which section a heading is. */
function isYear(w: string): boolean {
  if (w.length !== 4) return false;
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  const c2 = w.charCodeAt(2);
  const c3 = w.charCodeAt(3);
  const digits = c2 >= 0x30 && c2 <= 0x39 && c3 >= 0x30 && c3 <= 0x39;
  return digits && ((c0 === 0x31 && c1 === 0x39) || (c0 === 0x32 && c1 === 0x30));
}

/**
 * Similarity of two titles in [0, 1]: the larger of the Dice coefficient and a discounted containment
 * ("Tình hình chung" inside "Tình hình chung của đơn vị"), so a heading that adds a few words to the
 * outline's wording, or drops a few, still matches.
 */
export function titleSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return similarityOfCounts(common, a.size, b.size);
}

/** titleSimilarity from the number of shared words and the two set sizes (both > 0). */
export function similarityOfCounts(common: number, sizeA: number, sizeB: number): number {
  const dice = (2 * common) / (sizeA + sizeB);
  const smallSize = Math.min(sizeA, sizeB);
  const containment = smallSize >= 2 ? (0.85 * common) / smallSize : 0;
  return Math.max(dice, containment);
}

/** Dice coefficient of two word sets: for telling whether two paragraphs are the same text. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

const tokenCaches = new WeakMap<object, Map<string, Set<string>>>();

/**
 * matchTokens memoised per owner — a document's analysis, or an outline — so one check tokenises
 * each heading and paragraph once however many outlines it is matched against. The sets are shared:
 * callers must not change them.
 */
export function cachedTokens(owner: object, text: string): Set<string> {
  let cache = tokenCaches.get(owner);
  if (!cache) {
    cache = new Map();
    tokenCaches.set(owner, cache);
  }
  let tokens = cache.get(text);
  if (!tokens) {
    tokens = matchTokens(text);
    cache.set(text, tokens);
  }
  return tokens;
}
