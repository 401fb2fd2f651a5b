import type { WordPass } from '../text/word-pass.ts';
import { hashUnits, mix, slotOf, UNIT, unitClasses } from '../text/word-units.ts';
import {
  isFreeStart,
  isLetterCode,
  isUpperAt,
  leadAt,
  listedHeadIn,
  mayBeHashed,
  nextWord,
  type ProseBlock,
  type ProseIndex,
  previousWord,
  wordEnd,
} from './case-scan.ts';
import {
  ACTS,
  ALONE,
  ALWAYS_COMMON,
  BEFORE_ACT,
  BODY_TYPES,
  CLAUSE_WORDS,
  FIRST_HASHED,
  FUNCTION_WORDS,
  namedBefore,
  PAIR_BITS,
  PLURAL,
  PLURAL_NOUNS,
  TITLE_CASE,
  TITLE_FIRST,
  TITLE_FIRST_HASHED,
} from './mid-sentence-words.ts';

export { ALONE, LISTS, namedBefore } from './mid-sentence-words.ts';

/** A common word written with a capital in the middle of a sentence. */
export interface MidCapital {
  start: number;
  end: number;
  written: string;
  /** Why it is wrong, for the message. */
  why: string;
}

const ROMAN_OR_NUMBER = /(?:\d|^[IVX]+)$/u;

/**
 * False when kindAt surely finds nothing for the word `head` at [start, end): it is no word alone of
 * the lists, and the pair it makes with the next word (as words() makes it) is in none: that pair's
 * hash, read in place (lower case by the table; true for a letter the table cannot lower), is not in
 * PAIR_BITS.
 */
export function mayBeListed(text: string, head: string, end: number): boolean {
  if (ALONE.has(head)) return true;
  // nextWord read in place, no object made: one space (a comma gives no pair), then letters.
  const c = text.charCodeAt(end);
  if ((c !== 0x20 && c !== 0xa0) || !isLetterCode(text.charCodeAt(end + 1))) return false;
  const t = unitClasses();
  let h = mix(hashUnits(head), 0x20);
  for (let i = end + 1; i < text.length && isLetterCode(text.charCodeAt(i)); i++) {
    const x = t[text.charCodeAt(i)] as number;
    if ((x & UNIT.ODD) !== 0) return true;
    h = mix(h, x & UNIT.LOW);
  }
  return PAIR_BITS[slotOf(h)] === 1;
}

/** The word at [start, end) and the next one, in lower case, with where the pair ends. */
export function words(text: string, start: number) {
  const end = wordEnd(text, start);
  const one = text.slice(start, end).toLowerCase();
  const next = nextWord(text, end);
  const two = next && !next.comma ? `${one} ${text.slice(next.start, next.end).toLowerCase()}` : '';
  return { one, two, end, twoEnd: next && !next.comma ? next.end : end };
}

/**
 * midSentenceCapitals of the k-th paragraph of `prose`, no ProseBlock made: a paragraph none of
 * whose capitalised words is, by its hash, a first word of the lists (FIRST_HASHED) is passed over
 * before its text is read, and the reading starts at the first that is.
 */
export function midCapitalsAt(prose: ProseIndex, k: number): readonly MidCapital[] {
  const { pass } = prose;
  const b = prose.blocks[k] as number;
  const to = pass.capFrom[b + 1] as number;
  const lead = leadAt(prose, k);
  // A capital before the lead, or at it (a sentence start, the lead plain) and no start of title
  // case, is passed over as capitalsIn passes it over.
  const plain = prose.plainLead[k] === 1;
  let n = pass.capFrom[b] as number;
  for (; n < to; n++) {
    const h = pass.capHash[n] as number;
    if (!mayBeHashed(FIRST_HASHED, h)) continue;
    const start = pass.capAt[n] as number;
    if (start > lead || (start === lead && (!plain || mayBeHashed(TITLE_FIRST_HASHED, h)))) break;
  }
  return n === to ? NONE : capitalsIn(prose.texts[k] as string, lead, pass, n, to);
}
const NONE: readonly MidCapital[] = Object.freeze([]);

/**
 * The capitals of common words in mid-sentence (Phụ lục II, mục I): clause words after ";" or ",",
 * common nouns after "các", members ("Đảng viên"), joining words ("Căn cứ Các"), title case ("Hội
 * Nghị"), a verb after its subject ("Chính phủ Quy định"), "Năm" after a number, "Bà"/"Ông" before a
 * name. Words where a name goes on ("các Doanh nghiệp Viễn thông Quân đội") are left alone.
 */
export function midSentenceCapitals(block: ProseBlock): readonly MidCapital[] {
  return capitalsIn(block.text, block.lead, block.pass, block.from, block.to);
}

/** midSentenceCapitals of the capitalised words `from` to `to` - 1 of `pass`, in their paragraph. */
function capitalsIn(
  text: string,
  lead: number,
  pass: WordPass,
  from: number,
  to: number,
): readonly MidCapital[] {
  let out: MidCapital[] | null = null; // made for the few paragraphs with one
  for (let n = from; n < to; n++) {
    const start = pass.capAt[n] as number;
    // The paragraph's first word, free unless after "; " or ", " (isFree: isFreeStart is true at the
    // lead), counts only as the start of title case (below): most paragraphs end here.
    if (
      start === lead &&
      !afterPunct(text, start) &&
      !mayBeHashed(TITLE_FIRST_HASHED, pass.capHash[n] as number)
    )
      continue;
    // By hash, no string made: most capitals are none of the words.
    const head = start < lead ? undefined : listedHeadIn(text, pass, n, FIRST_HASHED);
    if (head === undefined) continue;
    // A word in capitals ("KẾ HOẠCH", "UBND") belongs to a title or an abbreviation.
    if (isUpperAt(text, start + 1)) continue;
    // At a sentence start only title case counts (kindAt's first test): most capitals end here,
    // before their words are cut, and the rest unless the next word (one space, no comma: the pair
    // kindAt reads) begins with a capital.
    const free = isFree(text, start, lead);
    if (free && !TITLE_FIRST.has(head)) continue;
    const end = wordEnd(text, start);
    if (!mayBeListed(text, head, end) || (free && !capitalFollows(text, end))) continue;
    const w = words(text, start);
    const found = kindAt(text, start, lead, w, w.two);
    if (!found) continue;
    const [a, z] =
      found.kind === 'title' ? [nextWord(text, w.end)?.start ?? start, w.twoEnd] : [start, found.end];
    out ??= [];
    out.push({ start: a, end: z, written: text.slice(a, z), why: whyOf(found.kind, text.charAt(start - 2)) });
  }
  return out ?? NONE;
}

export function kindAt(
  text: string,
  start: number,
  lead: number,
  w: ReturnType<typeof words>,
  two: string,
): { kind: string; end: number } | null {
  const prev = previousWord(text, start);
  // Units by their codes (charAt makes a string of a letter beyond Latin-1): ";" 0x3b, "," 0x2c.
  const sep = text.charCodeAt(start - 2);
  const afterPunct = text.charCodeAt(start - 1) === 0x20 && (sep === 0x3b || sep === 0x2c);
  const free = isFree(text, start, lead);
  const upperNext = (end: number) => {
    const n = nextWord(text, end);
    return n !== null && isUpperAt(text, n.start);
  };
  const nameGoesOn = (end: number) =>
    upperNext(end) || (nextWord(text, end)?.comma === false && upperNext(nextWord(text, end)?.end ?? end));
  const second = nextWord(text, w.end)?.start ?? start;
  if (TITLE_CASE.has(two) && isUpperAt(text, second) && !isUpperAt(text, second + 1))
    return { kind: 'title', end: w.twoEnd };
  if (free) return null;
  const pick = (s: Set<string>) => (s.has(two) ? w.twoEnd : s.has(w.one) ? w.end : -1);
  let end = pick(CLAUSE_WORDS);
  if (afterPunct && end > 0 && !nameGoesOn(end) && !namedBefore(text, start)) return { kind: 'clause', end };
  const before = prev ? text.slice(prev.start, prev.end) : '';
  end = pick(PLURAL_NOUNS);
  if (prev && !prev.comma && PLURAL.has(before.toLowerCase()) && end > 0 && !nameGoesOn(end))
    return { kind: 'plural', end };
  end = pick(ALWAYS_COMMON);
  if (prev && end > 0) return { kind: 'member', end };
  if ((prev || sep === 0x3b) && FUNCTION_WORDS.has(w.one) && nextWord(text, w.end))
    return { kind: 'joiner', end: w.end };
  end = pick(ACTS);
  if (end > 0 && prev && actsHere(text, prev, end)) return { kind: 'act', end };
  if ((w.one === 'năm' || w.one === 'người') && ROMAN_OR_NUMBER.test(tokenBefore(text, start)))
    return { kind: 'number', end: w.end };
  if ((w.one === 'bà' || w.one === 'ông') && prev && upperNext(w.end))
    return { kind: 'courtesy', end: w.end };
  return null;
}

/** Whether one space and a capital follow `end`: nextWord(text, end) without a comma, upper case. */
function capitalFollows(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 0x20 || c === 0xa0) && isLetterCode(text.charCodeAt(end + 1)) && isUpperAt(text, end + 1);
}

/** Whether the capital at `start` may be there for the sentence's sake, and not after "; " or ", ". */
function isFree(text: string, start: number, lead: number): boolean {
  return !afterPunct(text, start) && (isFreeStart(text, start, lead) || text.charCodeAt(start - 1) === 0x28);
}

/** "; " or ", " before `start` (by codes, as in kindAt: ";" 0x3b, "," 0x2c). */
function afterPunct(text: string, start: number): boolean {
  const sep = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 0x20 && (sep === 0x3b || sep === 0x2c);
}

/** A verb after its subject ("Chính phủ Quy định"), after "về việc" or a document's type; not a law's name. */
function actsHere(text: string, prev: { start: number; end: number; comma: boolean }, end: number): boolean {
  const after = text.slice(end, end + 4);
  if (!/^ (?:[\p{Ll}“"])/u.test(after) || /^ số(?![\p{L}\p{M}])/u.test(text.slice(end, end + 5)))
    return false;
  const p1 = text.slice(prev.start, prev.end);
  const back = previousWord(text, prev.start);
  const p2 = back ? text.slice(back.start, back.end) : '';
  if (/^luật$/iu.test(p1)) return false; // "Luật Ban hành văn bản …" is the law's name
  if (BEFORE_ACT.has(`${p2} ${p1}`.toLowerCase())) return true;
  if (BODY_TYPES.has(`${p2} ${p1}`.toLowerCase())) return false; // "Trung tâm Giao lưu …": a name
  const named = (w: string) => w.length > 1 && isUpperAt(w, 0) && !/\p{Lu}/u.test(w.slice(1));
  return !prev.comma && (named(p1) || (named(p2) && !isUpperAt(p1, 0) && !back?.comma));
}

/** The token right before a space before `start` ("90" in "90 Năm"). */
function tokenBefore(text: string, start: number): string {
  if (text.charAt(start - 1) !== ' ') return '';
  let i = start - 1;
  while (i > 0 && text.charAt(i - 1) !== ' ') i--;
  return text.slice(i, start - 1);
}

export function whyOf(kind: string, before: string): string {
  if (kind === 'number') return 'danh từ chung sau số không viết hoa';
  if (kind === 'courtesy') return 'từ xưng hô giữa câu không viết hoa';
  if (kind === 'title') return 'chỉ viết hoa chữ đầu của cụm từ';
  if (kind === 'act') return 'động từ giữa câu không viết hoa';
  if (before === ';' || before === ',') return `không viết hoa sau dấu “${before}”`;
  return 'từ chung giữa câu không viết hoa';
}
