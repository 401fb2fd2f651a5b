import { LOWER_NAME_HEADS } from '../text/name-heads.ts';
import type { WordPass } from '../text/word-pass.ts';
import { SCAN } from '../text/word-scan.ts';
import { nextStart } from './case-find.ts';
import {
  hashedWords,
  isFreeStart,
  isLetterCode,
  isUpperAt,
  leadAt,
  listedHeadIn,
  mayBeHashed,
  type ProseBlock,
  type ProseIndex,
  previousWord,
  wordEnd,
} from './case-scan.ts';
import { BY_HEAD, type Entry, keyOf, mayBeKey, variants } from './proper-name-keys.ts';

export { keyOf, mayBeKey } from './proper-name-keys.ts';

/** A name written with other capitals than Phụ lục II gives it. */
export interface CaseFault {
  start: number;
  end: number;
  written: string;
  expected: string;
}

// Regexes made once: a literal in a function is a new object at every call.
const NEXT_CAPITAL = /^ \p{Lu}/u;
/** "tỉnh Nam Định" (Phụ lục II III.1.a), not "Tỉnh Nam Định" — but "Tỉnh ủy", "Tỉnh đoàn" are bodies. */
const UNITS = new Set(['tỉnh', 'huyện']);
const UNIT_BODIES = /^ (?:Ủy|Uỷ|Đoàn|Hội)(?![\p{L}\p{M}])/u;
/** A specific document or article: "Quyết định số 12/…", "Điều 5" (Phụ lục II V.7). */
const CITED =
  /^(?:điều(?= \d)|(?:quyết định|kế hoạch|nghị quyết|nghị định|thông tư|chỉ thị|hướng dẫn|thông báo|tờ trình|kết luận)(?= số \d))/u;
/**
 * Words in lower case that show a name written wrongly in lower case: "châu phi", "miền trung", "luật
 * kế toán", "thủ tướng chính phủ", "việt nam", "đảng" (in "chỉnh đốn đảng", "đại hội đảng"), and
 * citations ("điều 5", "quyết định số 12/…"). Only these few words are looked at in lower case.
 */
const LOWER_HEADS = new RegExp(
  `(?:^|[ (“"])(?:${LOWER_NAME_HEADS.join('|')})(?![a-zA-Z\\u00C0-\\u1EF9])`,
  'g',
);
/** "đảng viên", "đảng bộ", "đảng ủy" are other words than "Đảng". */
const NOT_PARTY = /^ (?:viên|bộ|ủy|uỷ|đoàn|phí|vụ|tịch|ta)(?![\p{L}\p{M}])/u;

/** The name of Phụ lục II that begins at `i`, if any. */
function nameAt(text: string, i: number, head: string): Entry | null {
  for (const e of BY_HEAD.get(head) ?? []) {
    const end = i + e.key.length;
    if (isLetterCode(text.charCodeAt(end))) continue;
    // Written as the form (most names): keyOf of it is the key, no string made (the form and its key
    // are as long: tested).
    if (!text.startsWith(e.form, i) && (!mayBeKey(text, i, e.key) || keyOf(text.slice(i, end)) !== e.key))
      continue;
    if (e.key.endsWith('đảng') && NOT_PARTY.test(text.slice(end, end + 6))) continue;
    // "pháp luật đất đai", "bộ luật", "dự án luật" are not a law's name.
    if (head === 'luật' && /(?:pháp|bộ|án)[ \u00a0]$/iu.test(text.slice(Math.max(0, i - 5), i))) continue;
    return e;
  }
  return null;
}

/**
 * properNameFaults of the k-th paragraph of `prose`, no ProseBlock made: a paragraph is passed over
 * before its text is read when no capitalised word may start a check (by its hash) and no word of
 * LOWER_NAME_HEADS is written in lower case (the word reading's SCAN.NAME_HEAD); the reading starts
 * at the first capitalised word that may.
 */
export function nameFaultsAt(prose: ProseIndex, k: number): readonly CaseFault[] {
  const { pass } = prose;
  const b = prose.blocks[k] as number;
  const heads = ((pass.flags[b] as number) & SCAN.NAME_HEAD) !== 0;
  const to = pass.capFrom[b + 1] as number;
  let n = pass.capFrom[b] as number;
  while (n < to && !mayBeHashed(CAPITAL_STARTS, pass.capHash[n] as number)) n++;
  if (n === to && !heads) return NONE;
  const text = prose.texts[k] as string;
  return faultsIn(text, leadAt(prose, k), pass, n, to, heads, prose.closing[k] === 1);
}

/** Where a prose block writes a name of Phụ lục II, or a cited document, with other capitals. */
export function properNameFaults(block: ProseBlock, listed = false): readonly CaseFault[] {
  const heads = ((block.pass.flags[block.info.index] as number) & SCAN.NAME_HEAD) !== 0;
  return faultsIn(block.text, block.lead, block.pass, block.from, block.to, heads, listed);
}

/**
 * properNameFaults of a paragraph's text, from its capitalised words `from` to `to` - 1 of `pass`
 * and, when `heads` (SCAN.NAME_HEAD), the words of LOWER_HEADS.
 */
function faultsIn(
  text: string,
  lead: number,
  pass: WordPass,
  from: number,
  to: number,
  heads: boolean,
  listed: boolean,
): readonly CaseFault[] {
  let out: CaseFault[] | null = null; // made for the few paragraphs with a fault
  // A capitalised word whose hash is no start of a check is passed over before its string is made.
  for (let n = from; n < to; n++) {
    const head = listedHeadIn(text, pass, n, CAPITAL_STARTS);
    if (head === undefined) continue;
    out = withFault(out, faultAt(text, pass.capAt[n] as number, lead, listed, head));
  }
  // The pattern takes the character before the word (no look-behind: it is much faster); test() and
  // lastIndex make no match object: nextStart goes back over the word's letters to its start.
  // A paragraph without one of these words in lower case (the shared word reading's NAME_HEAD) is
  // passed over: a word the pattern finds is a word of lower-case letters, or one of an odd paragraph.
  if (!heads) return finish(out);
  LOWER_HEADS.lastIndex = 0;
  for (let i = nextStart(text, LOWER_HEADS, true); i >= 0; i = nextStart(text, LOWER_HEADS, true)) {
    // "đảng" and "số" end what is checked: go back to where the name or the citation begins.
    const head = text.slice(i, LOWER_HEADS.lastIndex);
    for (const j of head === 'đảng' || head === 'số' ? wordsBefore(text, i) : [i]) {
      out = withFault(out, faultAt(text, j, lead, listed));
    }
  }
  return finish(out);
}
const NONE: readonly CaseFault[] = Object.freeze([]);
/** The list with the fault added, made for the few paragraphs that have one. */
function withFault(out: CaseFault[] | null, fault: CaseFault | null): CaseFault[] | null {
  if (!fault) return out;
  if (!out) return [fault];
  out.push(fault);
  return out;
}
const finish = (out: CaseFault[] | null) => (out ? out.sort((a, b) => a.start - b.start) : NONE);

/** Where the two words before `i` start ("đại hội| đảng", "chỉnh đốn| đảng", "quyết định| số"). */
function wordsBefore(text: string, i: number): number[] {
  const one = previousWord(text, i);
  const two = one && !one.comma ? previousWord(text, one.start) : null;
  return [two && !two.comma ? two.start : -1, one && !one.comma ? one.start : -1].filter((j) => j >= 0);
}

/** The first words of citations ("điều 5", "quyết định số …"). */
const CITED_HEADS = new Set(['điều', 'quyết', 'kế', 'nghị', 'thông', 'chỉ', 'hướng', 'tờ', 'kết']);

/** Every first word a check starts from, in both tone placements: one set lookup spares the rest. */
const STARTS = new Set([...BY_HEAD.keys(), ...UNITS, ...CITED_HEADS].flatMap(variants));
/**
 * The first words a capitalised word is checked from: a citation is only read from a word in lower
 * case (faultAt reads one only when the word is not upper case), so the heads of citations alone
 * are left out.
 */
const CAPITAL_STARTS = hashedWords([...BY_HEAD.keys(), ...UNITS].flatMap(variants));

const HEAD_KEYS = new Map<string, string>();

/** keyOf of a first word, kept: a document starts its names with a few words, over and over. */
function headKey(low: string): string {
  let key = HEAD_KEYS.get(low);
  if (key === undefined) {
    key = keyOf(low);
    if (HEAD_KEYS.size < 4096) HEAD_KEYS.set(low, key);
  }
  return key;
}

function faultAt(text: string, i: number, lead: number, listed: boolean, lower?: string): CaseFault | null {
  const low = lower ?? text.slice(i, wordEnd(text, i)).toLowerCase();
  if (!STARTS.has(low)) return null;
  const head = headKey(low);
  const upper = isUpperAt(text, i);
  // Read only where a test needs it (most words end before): no test has a side effect.
  let free: boolean | undefined;
  const isFree = () => (free ??= isFreeStart(text, i, lead));
  const cited = upper || !CITED_HEADS.has(head) ? null : CITED.exec(text.slice(i, i + 24));
  if (cited && !isFree())
    return { start: i, end: i + cited[0].length, written: cited[0], expected: capitalised(cited[0]) };
  if (upper && UNITS.has(head) && !isFree()) {
    const word = text.slice(i, wordEnd(text, i));
    if (
      NEXT_CAPITAL.test(text.slice(i + word.length)) &&
      !UNIT_BODIES.test(text.slice(i + word.length, i + word.length + 5))
    )
      return { start: i, end: i + word.length, written: word, expected: word.toLowerCase() };
  }
  const entry = nameAt(text, i, head);
  if (!entry) return null;
  // Written as Phụ lục II writes it (most names): every test below ends in null.
  if (text.startsWith(entry.form, i)) return null;
  const written = text.slice(i, i + entry.key.length);
  // A name in capitals (a signature beside Nơi nhận, a heading) follows other rules.
  if (written === written.toUpperCase()) return null;
  // At a sentence start a capital says nothing, except in Nơi nhận, where every item is a name.
  if (entry.common && ((isFree() && !listed) || !upper)) return null;
  if (written === entry.form) return null; // written as Phụ lục II writes it: most names
  const expected = recase(written, entry.form, isFree() || entry.firstFree);
  return expected === written ? null : { start: i, end: i + written.length, written, expected };
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `written` with each word's first letter in the case of the same word of `form`. */
function recase(written: string, form: string, keepFirst: boolean): string {
  const words = form.match(/[\p{L}\p{M}]+/gu) ?? [];
  let n = 0;
  return written.replace(/[\p{L}\p{M}]+/gu, (w) => {
    const model = words[n++];
    if (!model || (n === 1 && keepFirst)) return w;
    const first = isUpperAt(model, 0) ? w.charAt(0).toUpperCase() : w.charAt(0).toLowerCase();
    return first + w.slice(1);
  });
}
