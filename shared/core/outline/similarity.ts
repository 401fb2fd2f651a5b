import { FOLD_WORD, foldWords, foldWordTable } from '../text/fold.ts';

/** Union abbreviations (folded) and what they stand for, so "CNVCLĐ" matches the words it shortens. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
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
export const STOP_WORDS: ReadonlySet<string> = new Set([
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
  ...[...STOP_WORDS].map((w): [string, readonly string[]] => [w, []]),
  ...Object.entries(ABBREVIATIONS).map(([k, v]): [string, readonly string[]] => [
    k,
    v.split(' ').filter((w) => !STOP_WORDS.has(w)),
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

/** A node of the shared word trie: the folded word spelled so far and what it adds to a token set. */
interface WordNode {
  word: string;
  /** The tokens this word stands for (none for a stop word or a year), worked out on first use. */
  tokens: readonly string[] | null;
  /** Children by folded unit: a–z then 0–9 here, anything else in `more`. */
  next: Array<WordNode | undefined>;
  more: Map<number, WordNode> | null;
}

/** Longer words leave the trie to matchTokens(): Vietnamese syllables have at most 7 letters. */
const MAX_TRIE_WORD = 40;
/** Past this many nodes the shared trie starts afresh: a long-lived host meets unbounded words. */
export const MAX_TRIE_NODES = 20_000;

const newNode = (word: string): WordNode => ({ word, tokens: null, next: [], more: null });

/**
 * The words met so far, shared by every owner: a word's tokens depend on the word alone, so a new
 * analysis (each check makes one) reads the headings' words through the trie the outlines and earlier
 * checks grew, without rebuilding it; equal words are then the same strings, quick to compare.
 */
const trie = { root: newNode(''), nodes: 0 };

function childOf(node: WordNode, unit: number): WordNode {
  const slot = unit >= 0x61 && unit <= 0x7a ? unit - 0x61 : unit >= 0x30 && unit <= 0x39 ? unit - 0x16 : -1;
  if (slot >= 0) {
    let child = node.next[slot];
    if (!child) {
      child = newNode(node.word + String.fromCharCode(unit));
      node.next[slot] = child;
      trie.nodes++;
    }
    return child;
  }
  node.more ??= new Map();
  let child = node.more.get(unit);
  if (!child) {
    child = newNode(node.word + String.fromCharCode(unit));
    node.more.set(unit, child);
    trie.nodes++;
  }
  return child;
}

/** What one folded word adds to matchTokens' set: its expansion, nothing, or itself. */
function tokensOfWord(word: string): readonly string[] {
  return SPECIAL.get(word) ?? (isYear(word) ? [] : [word]);
}

/**
 * matchTokens() reading the text once through a trie of the words already met: each character is a
 * table lookup and a step down the trie, so a word seen before costs no new string. Null when the
 * text needs the general fold (see FOLD_WORD) or holds a word over MAX_TRIE_WORD units; the caller
 * then uses matchTokens().
 */
function tokensThroughTrie(root: WordNode, text: string): Set<string> | null {
  const codes = foldWordTable();
  // Read once: an imported binding may be a getter (tsx, CommonJS), too slow for a loop a character.
  const { TABLE_END, SIGMA, BREAK, MANY } = FOLD_WORD;
  const out = new Set<string>();
  let node = root;
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (c >= TABLE_END || c === SIGMA) return null;
    const k = codes[c] as number;
    if (k >= 0) {
      // A word far longer than any real one (pasted garbage) would grow the trie a node a character.
      if (++depth > MAX_TRIE_WORD) return null;
      node = childOf(node, k);
    } else if (k === BREAK) {
      if (node !== root) {
        node.tokens ??= tokensOfWord(node.word);
        for (const w of node.tokens) out.add(w);
        node = root;
        depth = 0;
      }
    } else if (k === MANY) return null;
  }
  return out;
}

const tokenCaches = new WeakMap<object, Map<string, Set<string>>>();

/**
 * matchTokens memoised per owner — a document's analysis, or an outline — so one check tokenises
 * each heading and paragraph once however many outlines it is matched against. The sets are shared:
 * callers must not change them.
 */
export function cachedTokens(owner: object, text: string): Set<string> {
  let sets = tokenCaches.get(owner);
  if (!sets) {
    sets = new Map();
    tokenCaches.set(owner, sets);
  }
  let tokens = sets.get(text);
  if (!tokens) {
    if (trie.nodes > MAX_TRIE_NODES) {
      trie.root = newNode('');
      trie.nodes = 0;
    }
    tokens = tokensThroughTrie(trie.root, text) ?? matchTokens(text);
    sets.set(text, tokens);
  }
  return tokens;
}

/** How many nodes the shared word trie holds now (for tests of its renewal). */
export function sharedTrieNodes(): number {
  return trie.nodes;
}
