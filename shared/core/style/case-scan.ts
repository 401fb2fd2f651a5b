import { headerOf } from '../formal/locate-header.ts';
import type { BlockInfo, DocAnalysis } from '../headings/block-info.ts';
import { isAllCaps } from '../headings/classify.ts';

/** The paragraphs whose capitals follow the rules of running text (NĐ 30/2020, Phụ lục II, mục I). */
const PROSE_KINDS = new Set(['body', 'list-item', 'heading', 'subject', 'closing']);

/** What a letter-case rule reads of one paragraph: its analysed text and where its own words start. */
export interface ProseBlock {
  info: BlockInfo;
  text: string;
  /** Index in `text` after the list mark or number ("- ", "a) ", "2.1. "). */
  lead: number;
  /** Where the words that begin with a capital start: every case rule reads only these (and few others). */
  capitals: number[];
  /** Those words in lower case, one for each of `capitals`. */
  heads: string[];
}

/** Whether a UTF-16 unit is an upper-case Vietnamese letter. */
function isCapitalCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  if (c <= 0xdd) return c !== 0xd7;
  if (c >= 0x1ea0 && c <= 0x1ef8) return (c & 1) === 0;
  return c === 0x102 || c === 0x110 || c === 0x128 || c === 0x168 || c === 0x1a0 || c === 0x1af;
}

/**
 * A unit that may be a capital at the start of a word: the unit before it is not a letter (the
 * complement of isLetterCode, or the start), and it is in a superset of isCapitalCode's units (the
 * lower-case letters U+1EA1–U+1EF7 come along to keep the class short; the caller drops them). The
 * regex consumes the unit before, so its capital is the unit just before `lastIndex`.
 */
const CAPITAL_START =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks are letters here, one unit each
  /(?:^|[^A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1EA0-\u1EF9])[A-Z\u00C0-\u00D6\u00D8-\u00DD\u0102\u0110\u0128\u0168\u01A0\u01AF\u1EA0-\u1EF8]/g;

/**
 * capitalStartsByLoop, found by a native regex: a JavaScript loop over every unit of a long report
 * cost about twice a bare scan of the text (tests check the two agree).
 */
export function capitalStarts(text: string): number[] {
  const out: number[] = [];
  const re = CAPITAL_START;
  re.lastIndex = 0;
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    if (isCapitalCode(text.charCodeAt(i))) out.push(i);
  }
  return out;
}

/** Where the words that begin with a capital start, in one pass over the characters (the definition). */
export function capitalStartsByLoop(text: string): number[] {
  const out: number[] = [];
  let letter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!letter && isCapitalCode(c)) out.push(i);
    letter = isLetterCode(c);
  }
  return out;
}

// Regexes made once: a literal in a function is a new object at every call.
const LOWER_LETTER = /[a-z\u00E0-\u01B0\u1EA1-\u1EF9]/;
const CLAUSE_DASH = /(?:^|[\s:;.])\S?$/u;

const cache = new WeakMap<DocAnalysis, ProseBlock[]>();

/**
 * The running-text paragraphs of a document, computed once per analysis: body text, list items,
 * headings in sentence case, trích yếu lines and Nơi nhận items; not the header lines (issuers, Quốc
 * hiệu, Số, date), not lines in capitals (the signature, titles), whose capitals have rules of their own.
 */
export function proseBlocks(analysis: DocAnalysis): ProseBlock[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const header = headerOf(analysis);
  const skip = new Set<number>();
  for (const l of [...header.issuers, header.quocHieu, header.tieuNgu, header.so, header.date, header.title])
    if (l) skip.add(l.block);
  const out: ProseBlock[] = [];
  for (const info of analysis.blocks) {
    if (!PROSE_KINDS.has(info.kind) || skip.has(info.index)) continue;
    if (analysis.doc.blocks[info.index]?.table && info.index < header.bodyStart) continue;
    const text = info.text;
    if (!LOWER_LETTER.test(text) || isAllCaps(text)) continue;
    let lead = info.numbering?.titleStart ?? 0;
    lead = skipMark(text, lead);
    const capitals = capitalStarts(text);
    const heads = capitals.map((i) => text.slice(i, wordEnd(text, i)).toLowerCase());
    out.push({ info, text, lead, capitals, heads });
  }
  cache.set(analysis, out);
  return out;
}

/** What /^[\s\-–+•*]*\/u reads of the text from `from` on: where the words after a list mark start. */
export function skipMark(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.test(text) ? MARK.lastIndex : from;
}
const MARK = /[\s\-–+•*]*/y;

/** Characters after which a capital opens a sentence, a clause of a list, or a quoted title. */
const OPENERS = '.:;!?…\t';
const SKIPPED = ' \u00a0“"‘\'«([';
/** A quoted title opens with a capital ("“Giỏi việc nước, đảm việc nhà”"); a bracket does not. */
const QUOTES = '“"‘\'«';

/**
 * Whether a capital at `i` may be there for the sentence's sake (Phụ lục II, mục I): at the start of
 * the paragraph's words, after a full stop, colon, semicolon, "!", "?", a tab (a table cell), or at the
 * start of a quoted part. Such a capital says nothing about the word itself.
 */
export function isFreeStart(text: string, i: number, lead: number): boolean {
  let j = i - 1;
  let opened = false;
  while (j >= lead && SKIPPED.includes(text.charAt(j))) {
    if (QUOTES.includes(text.charAt(j))) opened = true;
    j--;
  }
  if (j < lead || opened) return true;
  const c = text.charAt(j);
  if (OPENERS.includes(c)) return true;
  // A dash that opens a clause: " - Nội dung", "1) Nội dung" inside a paragraph.
  return (c === '-' || c === '–' || c === '+' || c === ')') && CLAUSE_DASH.test(text.slice(lead, j));
}

/** Whether the character at `i` is an upper-case letter. */
export function isUpperAt(text: string, i: number): boolean {
  // ASCII by its code, without a one-letter string and its lower case (most calls).
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 65 && code <= 90;
  const c = text.charAt(i);
  return c !== c.toLowerCase();
}

/** The text with the letter at `i` in the case `upper` asks for. */
export function withCaseAt(text: string, i: number, upper: boolean): string {
  const c = text.charAt(i);
  return text.slice(0, i) + (upper ? c.toUpperCase() : c.toLowerCase()) + text.slice(i + 1);
}

/** Whether a UTF-16 unit is a Vietnamese letter or a combining mark. */
export function isLetterCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    (c >= 0x300 && c <= 0x36f)
  );
}

/** The end of the word that starts at `i`. */
export function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLetterCode(text.charCodeAt(j))) j++;
  return j;
}

/** The word after the one ending at `end`, when one space (or a comma and a space) parts them. */
export function nextWord(text: string, end: number): { start: number; end: number; comma: boolean } | null {
  let j = end;
  const comma = text.charAt(j) === ',';
  if (comma) j++;
  const c = text.charCodeAt(j);
  if (c !== 0x20 && c !== 0xa0) return null;
  if (!isLetterCode(text.charCodeAt(j + 1))) return null;
  return { start: j + 1, end: wordEnd(text, j + 1), comma };
}

/** The word before the one starting at `i`, when one space (or a comma and a space) parts them. */
export function previousWord(text: string, i: number): { start: number; end: number; comma: boolean } | null {
  const c = text.charCodeAt(i - 1);
  if (c !== 0x20 && c !== 0xa0) return null;
  let end = i - 1;
  const comma = text.charAt(end - 1) === ',';
  if (comma) end--;
  let start = end;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
  return start < end ? { start, end, comma } : null;
}
