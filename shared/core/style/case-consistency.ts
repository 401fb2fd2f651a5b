import type { DocAnalysis } from '../headings/block-info.ts';
import { mayBeWrittenHash } from '../text/word-scan.ts';
import { lowerOccurrences, mayKey, Triggers } from './case-find.ts';
import { KIND, keyKind, last, lowerIs } from './case-key-kind.ts';
import { type Key, keyAt } from './case-keys.ts';
import { type FastWord, findLower } from './case-lower.ts';
import {
  isLetterCode,
  isUpperAt,
  leadAt,
  type ProseBlock,
  type ProseIndex,
  proseBlockAt,
  proseIndex,
  proseInfo,
  wordEnd,
} from './case-scan.ts';

/** One word whose capital varies within the document, and how it should be written. */
export interface CaseVariant {
  block: ProseBlock;
  start: number;
  end: number;
  /** The word as written here, and as it should be. */
  written: string;
  expected: string;
  /** The phrase the word was compared in, as the rest of the document writes it. */
  other: string;
}

interface Occurrence {
  block: ProseBlock;
  start: number;
  end: number;
  phrase: [number, number];
  upper: boolean;
}

/** The capitalised occurrences of one word (in lower case, by its hash) that keyKind gave a key. */
interface Word {
  /** Paragraph (ProseIndex order) and start of each. */
  capitals: number[];
  /** The KIND bits of their keys. */
  kinds: number;
  fast: FastWord;
}

const cache = new WeakMap<DocAnalysis, CaseVariant[]>();

/**
 * Words written with a capital in one place and without it in another, compared after the same word
 * ("Ban Chỉ đạo"/"Ban chỉ đạo", "các Sở"/"các sở", "ngân sách Nhà nước"/"ngân sách nhà nước"), as an
 * enumeration ("Bộ, ngành"/"bộ, ngành") or as a special noun ("Nhân dân", "Nhà nước"). Once per analysis.
 *
 * The capitalised words are read by unit codes (keyKind): most get no key. A word whose keys are
 * all of an enumeration or of a name after a capital has its lower-case occurrences looked for only
 * where such a key can be (case-lower.ts); the others' by a pattern over the paragraphs that may hold
 * them. Keys are strings (keyAt) only for the words that have such occurrences: the rest of the
 * reading, and its findings, are the definition's (tests/shared/core/style/case-variants.test.ts).
 */
export function caseVariants(analysis: DocAnalysis): CaseVariant[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const prose = proseIndex(analysis);
  const { pass } = prose;
  const words = new Map<number, Word>();
  for (let k = 0; k < prose.count; k++) {
    const info = proseInfo(prose, k);
    const from = pass.capFrom[info.index] as number;
    const to = pass.capFrom[info.index + 1] as number;
    const text = info.text;
    for (let n = from; n < to; n++) {
      const h = pass.capHash[n] as number;
      // A capitalised word whose lower case is written nowhere has nothing to be compared with.
      if (!mayBeWrittenHash(pass, h)) continue;
      const at = pass.capAt[n] as number;
      // keyKind's first test, before the call: a space before the word, and a letter before the space.
      const s = text.charCodeAt(at - 1);
      if ((s !== 0x20 && s !== 0xa0) || !isLetterCode(text.charCodeAt(at - 2)) || isUpperAt(text, at + 1))
        continue;
      const kind = keyKind(text, at, leadAt(prose, k), h);
      if (kind === KIND.NONE) continue;
      let w = words.get(h);
      if (!w) {
        w = { capitals: [], kinds: 0, fast: { word: null, anchors: [], found: [] } };
        words.set(h, w);
      }
      w.capitals.push(k, at);
      w.kinds |= 1 << kind;
      if (kind === KIND.ENUMERATION) {
        // The word searched for with its comma; another word of the same hash is read the slow way.
        const end = wordEnd(text, at);
        if (w.fast.word === null) w.fast.word = text.slice(at, end).toLowerCase();
        else if (!lowerIs(text, at, end, w.fast.word)) w.kinds |= 1 << KIND.OTHER;
      }
      if (kind !== KIND.NAMED) continue;
      // The name's first word is the capital before (unless the reading saw otherwise: then keyAt says).
      const a = pass.capHash[n - 1] as number;
      if (n > from && pass.capAt[n - 1] === last.before) {
        if (!w.fast.anchors.includes(a)) w.fast.anchors.push(a);
      } else w.kinds |= 1 << KIND.OTHER;
    }
  }
  const out = variantsOf(prose, words);
  cache.set(analysis, out);
  return out;
}

/** The variants of the words found, each word's keys made (keyAt) only where they may meet. */
function variantsOf(prose: ProseIndex, words: Map<number, Word>): CaseVariant[] {
  const made: (ProseBlock | undefined)[] = [];
  const blockAt = (k: number): ProseBlock => {
    made[k] ??= proseBlockAt(prose, k);
    return made[k];
  };
  const fast = new Map<number, FastWord>();
  const slow: Word[] = [];
  for (const [h, w] of words) {
    if ((w.kinds & (1 << KIND.OTHER)) === 0) fast.set(h, w.fast);
    else slow.push(w);
  }
  if (fast.size > 0) findLower(prose, fast);
  const out: CaseVariant[] = [];
  const met = [...words.values()].filter(
    (w) => (w.kinds & (1 << KIND.OTHER)) === 0 && w.fast.found.length > 0,
  );
  for (const w of met) compare([w], blockAt, out, (each) => forPairs(w.fast.found, each));
  if (slow.length > 0)
    compare(slow, blockAt, out, (each, compared) => {
      const find = lowerOccurrences(compared);
      for (let k = 0; k < prose.count; k++) find(blockAt(k), (at) => each(k, at));
    });
  out.sort((a, b) => a.block.info.index - b.block.info.index || a.start - b.start);
  return out;
}

const forPairs = (pairs: readonly number[], each: (k: number, at: number) => void) => {
  for (let j = 0; j < pairs.length; j += 2) each(pairs[j] as number, pairs[j + 1] as number);
};

/** Whether a unit is one of lower-words.ts's run letters ([A-Za-z\u00C0-\u1EF9]). */
const isRunCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x1ef9);

/**
 * The reading by strings (keyAt) of some words: their capitalised occurrences' keys, then the
 * lower-case occurrences `lower` gives (in the order of the text) that fall under one of the keys.
 */
function compare(
  list: readonly Word[],
  blockAt: (k: number) => ProseBlock,
  out: CaseVariant[],
  lower: (each: (k: number, at: number) => void, compared: Set<string>) => void,
): void {
  const keys = new Map<string, Key['prefer']>();
  const groups = new Map<string, Occurrence[]>();
  const compared = new Set<string>();
  const triggers = new Triggers();
  const add = (b: ProseBlock, at: number, k: Key): void => {
    const occurrence = {
      block: b,
      start: at,
      end: wordEnd(b.text, at),
      phrase: k.phrase,
      upper: isUpperAt(b.text, at),
    };
    const group = groups.get(k.key);
    if (group) group.push(occurrence);
    else groups.set(k.key, [occurrence]);
  };
  for (const word of list)
    forPairs(word.capitals, (n, at) => {
      const b = blockAt(n);
      const k = keyAt(b.text, at, b.lead);
      if (!k) return;
      keys.set(k.key, k.prefer);
      const w = b.text.slice(at, wordEnd(b.text, at)).toLowerCase();
      compared.add(w);
      const trigger = k.key.startsWith('~')
        ? k.key
        : k.key.startsWith('*')
          ? `*${w}`
          : k.key.includes(',')
            ? `,${w}`
            : `${b.text.slice(k.phrase[0], at).toLowerCase()}${w}`;
      triggers.add(w, trigger);
      add(b, at, k);
    });
  if (keys.size === 0) return;
  lower((n, at) => {
    const b = blockAt(n);
    // Only where the pattern of the definition finds one of the words (lowerOccurrences).
    let q = at;
    while (q < b.text.length && isRunCode(b.text.charCodeAt(q))) q++;
    if (at > 0 && isRunCode(b.text.charCodeAt(at - 1))) return;
    if (!compared.has(b.text.slice(at, q))) return;
    if (!mayKey(b.text, at, triggers)) return;
    const k = keyAt(b.text, at, b.lead);
    if (k && keys.has(k.key)) add(b, at, k);
  }, compared);
  for (const [key, group] of groups) out.push(...wrongOnes(group, keys.get(key) ?? null));
}

/** The occurrences in the form that loses: the one not preferred, or the minority (ties: none). */
function wrongOnes(list: Occurrence[], prefer: Key['prefer']): CaseVariant[] {
  const ups = list.filter((o) => o.upper);
  const lows = list.filter((o) => !o.upper);
  if (ups.length === 0 || lows.length === 0) return [];
  if (prefer === 'rare-upper' && ups.length >= lows.length) return [];
  if (prefer === null && ups.length === lows.length) return [];
  const upperWins = prefer === null ? ups.length > lows.length : prefer === 'upper';
  const [wrong, right] = upperWins ? [lows, ups] : [ups, lows];
  return wrong.map((o) => {
    const written = o.block.text.slice(o.start, o.end);
    const expected = upperWins ? written.charAt(0).toUpperCase() + written.slice(1) : written.toLowerCase();
    return {
      block: o.block,
      start: o.start,
      end: o.end,
      written,
      expected,
      other: right[0] ? right[0].block.text.slice(...right[0].phrase) : '',
    };
  });
}
