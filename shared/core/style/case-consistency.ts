import type { DocAnalysis } from '../headings/block-info.ts';
import { mayBeWrittenHash } from '../text/word-scan.ts';
import { lowerOccurrences, mayKey, Triggers } from './case-find.ts';
import { type Key, keyAt } from './case-keys.ts';
import { isUpperAt, type ProseBlock, proseBlocks, wordEnd } from './case-scan.ts';

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

const cache = new WeakMap<DocAnalysis, CaseVariant[]>();

/**
 * Words written with a capital in one place and without it in another, compared after the same word
 * ("Ban Chỉ đạo"/"Ban chỉ đạo", "các Sở"/"các sở", "ngân sách Nhà nước"/"ngân sách nhà nước"), as an
 * enumeration ("Bộ, ngành"/"bộ, ngành") or as a special noun ("Nhân dân", "Nhà nước"). Once per analysis.
 */
export function caseVariants(analysis: DocAnalysis): CaseVariant[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const out: CaseVariant[] = [];
  cache.set(analysis, out);
  const blocks = proseBlocks(analysis);
  const keys = new Map<string, Key['prefer']>();
  const groups = new Map<string, Occurrence[]>();
  const compared = new Set<string>();
  const triggers = new Triggers();
  const add = (b: ProseBlock, at: number, k: Key): void => {
    const end = wordEnd(b.text, at);
    const occurrence = {
      block: b,
      start: at,
      end,
      phrase: k.phrase,
      upper: isUpperAt(b.text, at),
    };
    const list = groups.get(k.key);
    if (list) list.push(occurrence);
    else groups.set(k.key, [occurrence]);
  };
  for (const b of blocks)
    for (let n = b.from; n < b.to; n++) {
      const at = b.pass.capAt[n] as number;
      // A capitalised word whose lower case is written nowhere has nothing to be compared with.
      if (!mayBeWrittenHash(b.pass, b.pass.capHash[n] as number)) continue;
      const k = isUpperAt(b.text, at + 1) ? null : keyAt(b.text, at, b.lead);
      if (!k) continue;
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
    }
  if (keys.size === 0) return out;
  // The same words in lower case, and the keys they fall under.
  const each = lowerOccurrences(compared);
  for (const b of blocks)
    each(b, (at) => {
      if (!mayKey(b.text, at, triggers)) return;
      const k = keyAt(b.text, at, b.lead);
      if (k && keys.has(k.key)) add(b, at, k);
    });
  for (const [key, list] of groups) out.push(...wrongOnes(list, keys.get(key) ?? null));
  out.sort((a, b) => a.block.info.index - b.block.info.index || a.start - b.start);
  return out;
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
