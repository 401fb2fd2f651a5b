import type { DocAnalysis } from '../headings/block-info.ts';
import { mayKey, nextStart, plainWords, tailTokens, triggerKind } from './case-find.ts';
import {
  isFreeStart,
  isLetterCode,
  isUpperAt,
  type ProseBlock,
  previousWord,
  proseBlocks,
  nextWord as wordAfter,
  wordEnd,
} from './case-scan.ts';
import { mayBeWritten, writtenWordBits } from './lower-words.ts';

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

interface Key {
  key: string;
  /**
   * Which form is right: lower case or a capital whatever the counts, lower case where the capital
   * is the minority ('rare-upper'), or the majority's (null).
   */
  prefer: 'lower' | 'upper' | 'rare-upper' | null;
  phrase: [number, number];
}

/** "các sở", "những doanh nghiệp": after a plural word the noun is a common noun (Phụ lục II names only names). */
const PLURAL = new Set(['các', 'những', 'mọi', 'từng']);
/** "ngân sách nhà nước", "bí mật nhà nước": "nhà nước" qualifying a noun is in lower case. */
const STATE_ADJECTIVE = new Set(['sách', 'mật', 'vốn', 'sản', 'quan', 'nghiệp', 'chức', 'lý']);
/** "của Nhà nước", "Đảng và Nhà nước": the State itself, a special noun (Phụ lục II V.1). */
const STATE_NOUN = new Set(['của', 'giữa', 'và', 'với', 'cho', 'do', 'trước', 'bởi']);
/** "Hội đồng nhân dân", "Công an nhân dân": "nhân dân" inside a name is not the special noun. */
/**
 * Words that may be capitalised as the name of one thing while also common nouns: documents ("Kế
 * hoạch này", "Quyết định số …"), the special nouns of Phụ lục II V.1 and V.4, a congress, a conference.
 */
const MAY_BE_NAME =
  /^(?:kế hoạch|nghị quyết|nghị định|chỉ thị|báo cáo|quyết định|chương trình|đề án|dự án|thông tư|luật|bộ luật|kết luận|hướng dẫn|quy định|quy chế|công văn|văn bản|thông báo|tờ trình|điều lệ|hiến pháp|văn kiện|phụ lục|điều|khoản|mục|phần|chương|đảng|nhà nước|nhân dân|chính phủ|quốc hội|tổ quốc|trung ương|thành phố|tỉnh|bác|người|đại hội|hội nghị|kỳ họp|phiên họp|ban|hội đồng|ủy ban|uỷ ban|đoàn|công đoàn|đợt|phong trào|cuộc vận động|cuộc thi|giải|hệ thống|cổng|trung tâm|khu|cảng|phiếu|bước|mẫu|biểu|sổ|tiểu ban|tổ)(?![\p{L}\p{M}])/u;
const IN_NAME = new Set([
  'đồng',
  'ban',
  'án',
  'sát',
  'an',
  'đội',
  'trang',
  'tra',
  'sĩ',
  'giáo',
  'thuốc',
  'lượng',
]);

// Regexes made once: a literal in a function is a new object at every call.
const CAPITAL = /\p{Lu}/u;
const MARK_TOKEN = /[,;.\-–]/u;

/** The key the word at `i` is compared under, or null (a sentence start, a name that goes on). */
function keyAt(text: string, i: number, lead: number): Key | null {
  const end = wordEnd(text, i);
  // Cheap tests first: a name goes on with a capital, or the word is an abbreviation ("UBND").
  const c = text.charCodeAt(end);
  if (c === 0x3a || ((c === 0x20 || c === 0xa0) && isUpperAt(text, end + 1)) || isUpperAt(text, i + 1))
    return null;
  const prev = previousWord(text, i);
  // No word right before (a sentence start) or a comma before it: nothing to compare with.
  if (end === i || !prev || prev.comma || prev.start < lead || isFreeStart(text, i, lead)) return null;
  const comma = text.charAt(end) === ',';
  const after = wordAfter(text, end);
  const nextWord_ = after ? text.slice(after.start, after.end) : '';
  // A name goes on ("các Sở Tài chính", "các Bộ: Tài chính") or the word is an abbreviation.
  if (text.charAt(end) === ':' || (nextWord_ && isUpperAt(nextWord_, 0)) || isUpperAt(text, i + 1))
    return null;
  const l = text.slice(prev.start, prev.end);
  const left = l.toLowerCase();
  const w = text.slice(i, end).toLowerCase();
  const from = prev.start;
  const next = [comma ? ',' : '', nextWord_] as const;
  const nextWord = nextWord_;
  if (w === 'nhân' && nextWord === 'dân' && !next[0] && !IN_NAME.has(left))
    return { key: '*nhân dân', prefer: 'upper', phrase: [i, end + 4] };
  if (w === 'nhà' && nextWord === 'nước' && !next[0]) {
    if (STATE_NOUN.has(left)) return { key: '*nhà nước', prefer: 'upper', phrase: [from, end + 5] };
    if (STATE_ADJECTIVE.has(left)) return { key: `${left} nhà`, prefer: 'lower', phrase: [from, end + 5] };
    return null;
  }
  if (w === 'đảng') return null; // "Đảng" is the Party's name; "tổ chức đảng" is another word.
  // An enumeration of common nouns: "Bộ, ngành", "sở, ban, ngành", "hội, đoàn thể".
  if (next[0] && nextWord && !isUpperAt(nextWord, 0))
    return {
      key: `${w}, ${nextWord}`,
      prefer: 'lower',
      phrase: [i, end + 2 + nextWord.length],
    };
  const right = next[0] ? '' : nextWord;
  const phrase: [number, number] = [from, right ? end + 1 + right.length : end];
  // Inside a name that begins with a capital ("Ban Chỉ đạo"/"Ban chỉ đạo"): the majority's form.
  if (isUpperAt(l, 0))
    return !CAPITAL.test(l.slice(1)) && right ? { key: `${l} ${w} ${right}`, prefer: null, phrase } : null;
  // A common word capitalised mid-sentence, compared with what follows it: "các Doanh nghiệp" /
  // "các doanh nghiệp", "vốn Ngân sách nhà nước" / "ngân sách nhà nước". A capital further on
  // ("các Khu công nghiệp Nghệ An") makes it a name; "Kế hoạch", "Đảng" may be names alone.
  const words = tailTokens(text, end);
  // A capital before the first punctuation mark or right after it ("các ngành Giáo dục, Nội vụ").
  const stop = words.findIndex((t) => MARK_TOKEN.test(t));
  const plural = PLURAL.has(left);
  if (words.slice(0, stop < 0 ? undefined : stop + (plural ? 0 : 2)).some((t) => isUpperAt(t, 0)))
    return null;
  const rest = words
    .slice(0, plural ? 2 : 1)
    .join(' ')
    .toLowerCase();
  if (plural)
    return insideName(text, from, lead) ? null : { key: `${left} ${w} ${rest}`, prefer: 'lower', phrase };
  if (MAY_BE_NAME.test(`${w} ${rest}`) || insideName(text, i, lead, 1, 5)) return null;
  return {
    key: `~ ${w} ${rest}`,
    prefer: 'rare-upper',
    phrase: [i, phrase[1]],
  };
}

/** "Ban Chỉ đạo các Chương trình mục tiêu quốc gia": a plural inside a body's name. */
function insideName(text: string, from: number, lead: number, capitals = 2, span = 3): boolean {
  const stop = Math.max(lead, from - 10 * span);
  let found = 0;
  let j = from - 1;
  for (let n = 0; n < span; n++) {
    while (j >= stop && !isLetterCode(text.charCodeAt(j))) j--;
    let start = j;
    while (start - 1 >= stop && isLetterCode(text.charCodeAt(start - 1))) start--;
    if (j < stop) break;
    if (isUpperAt(text, start)) found++;
    j = start - 1;
  }
  return found >= capitals;
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
  const triggers = new Set<string>();
  const kinds = new Map<string, number>();
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
  // A capitalised word whose lower case is written nowhere has nothing to be compared with.
  const written = writtenWordBits(blocks.map((b) => b.text));
  for (const b of blocks)
    for (let n = 0; n < b.capitals.length; n++) {
      const at = b.capitals[n] as number;
      if (!mayBeWritten(written, b.heads[n] as string)) continue;
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
      triggers.add(trigger);
      kinds.set(w, (kinds.get(w) ?? 0) | triggerKind(trigger));
      add(b, at, k);
    }
  if (keys.size === 0) return out;
  // The same words in lower case; the pattern takes the character before the word (no look-behind).
  const alternatives = [...compared].sort((a, b) => b.length - a.length).join('|');
  const find = new RegExp(
    `(?:^|[^A-Za-z\\u00C0-\\u1EF9])(?:${alternatives})(?![A-Za-z\\u00C0-\\u1EF9])`,
    'g',
  );
  // Words of the pattern's letters only (all but the rarest): found by test(), no match object a hit.
  const plain = plainWords(alternatives);
  for (const b of blocks) {
    find.lastIndex = 0;
    for (let at = nextStart(b.text, find, plain); at >= 0; at = nextStart(b.text, find, plain)) {
      if (!mayKey(b.text, at, triggers, kinds)) continue;
      const k = keyAt(b.text, at, b.lead);
      if (k && keys.has(k.key)) add(b, at, k);
    }
  }
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
