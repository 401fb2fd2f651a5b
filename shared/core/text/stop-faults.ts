import { looksLikeVietnameseSyllable } from './vietnamese-syllable.ts';

/** A full stop out of place inside a paragraph. */
export interface StopFault {
  kind: 'doubled' | 'four-dots' | 'stop-in-sentence' | 'vv-colon';
  start: number;
  end: number;
  replacement?: string;
}

/** "Bản..", ",....", ". vận hành": candidates only. */
// No lookbehind and no u flag: every branch starts with its own character, so irregexp skips fast.
const CANDIDATE = /^[“"]?V\/v\s*:\s*|,\.{4}(?![./…])|\.{2,}|\. (?=[a-zà-ỹ])/g;
const WORD_BEFORE = /(?:^|[\s(“"])(\p{Ll}+)$/u;
const WORD_AFTER = /^\p{Ll}+(?![\p{L}\d])/u;

/** Scans one paragraph for "..", ",...." for ",...", ". vận hành" inside a sentence, and "V/v:". */
export function scanStops(text: string): StopFault[] {
  const faults: StopFault[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const at = m.index;
    const s = m[0];
    if (s.includes('V/v')) {
      // NĐ 30/2020, Phụ lục I, II.5.b and Mẫu 1.5: "V/v <trích yếu>", no colon.
      faults.push({
        kind: 'vv-colon',
        start: 0,
        end: s.length,
        replacement: `${s.slice(0, s.indexOf('/') + 2)} `,
      });
    } else if (s.length > 2 && s.charCodeAt(0) === 0x2e) {
      // "…" typed as dots, or a blank "....." to fill in.
    } else if (s === '..') {
      const after = text.charAt(at + 2);
      if (after !== '/' && after !== '…' && /[\p{L}\d)”]/u.test(text.charAt(at - 1)))
        faults.push({ kind: 'doubled', start: at, end: at + 2, replacement: '.' });
    } else if (s.startsWith(',')) {
      faults.push({ kind: 'four-dots', start: at, end: at + 5, replacement: ',...' });
    } else if (/\p{Ll}/u.test(text.charAt(at - 1))) {
      // "quản lý. vận hành": both words plain Vietnamese, so not "v.v. các" nor "tr. 5".
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
      const after = WORD_AFTER.exec(text.slice(at + 2, at + 14))?.[0] ?? '';
      if (before.length >= 2 && looksLikeVietnameseSyllable(before) && looksLikeVietnameseSyllable(after))
        faults.push({ kind: 'stop-in-sentence', start: at, end: at + 1 });
    }
  }
  return faults;
}

/** The last character that is not a space, without copying the text. */
function lastChar(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) <= 0x20) i--;
  return text.charAt(i);
}

/** How a list item or a paragraph ends: ".", ";", ":" or "" (a word, a number, a bracket). */
export function endMark(text: string): string {
  const last = lastChar(text);
  return last === '.' || last === ';' || last === ':' || last === ',' || last === '…' ? last : '';
}

/**
 * The one item of a list that ends unlike the others: with nothing where at least three quarters
 * of the others (two or more) end with "." or ";", or with ";" in a list of "." — not the other way:
 * the last item of a ";" list ends with "." by rule. The definition; oddEnding answers alike with
 * counts, and EndingReader keeps those counts as the items come (a check reads a thousand lists).
 */
export function oddEndings(marks: readonly string[]): number[] {
  const odd: number[] = [];
  for (const usual of ['.', ';']) {
    const count = marks.filter((m) => m === usual).length;
    const counted = marks.filter((m) => m !== ':').length;
    if (count < 2 || count * 4 < (counted - 1) * 3) continue;
    marks.forEach((m, i) => {
      if (m === '' || (usual === '.' && m === ';')) odd.push(i);
    });
  }
  // One odd item is a slip; several are the document's own way of ending them.
  return odd.length === 1 ? odd : [];
}

/** oddEndings(marks)[0], or -1 when it is empty: the same reading, counted in two loops. */
export function oddEnding(marks: readonly string[]): number {
  let dots = 0;
  let semis = 0;
  let counted = 0;
  for (const m of marks) {
    if (m === '.') dots++;
    else if (m === ';') semis++;
    if (m !== ':') counted++;
  }
  const byDots = dots >= 2 && dots * 4 >= (counted - 1) * 3;
  const bySemis = semis >= 2 && semis * 4 >= (counted - 1) * 3;
  let odd = -1;
  let found = 0;
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    // An item is odd once for each usual mark that calls it odd: twice makes two (none reported).
    const times = (byDots && (m === '' || m === ';') ? 1 : 0) + (bySemis && m === '' ? 1 : 0);
    if (times > 0) odd = i;
    found += times;
  }
  return found === 1 ? odd : -1;
}

/** A paragraph as the ending check sees it: its list (marker) or null, and whether it is long prose. */
export interface EndingEntry {
  block: number;
  text: string;
  list: string | null;
  prose: boolean;
}

/** A paragraph that ends unlike its peers: a list item, or a prose paragraph without its full stop. */
export interface EndingFault {
  block: number;
  mark: string;
  usual: string;
  kind: 'list' | 'paragraph';
}

/** The marks a paragraph may end with ("." ";" ":" "!" "?" "…"), by the code of its last character. */
const isTerminal = (c: number): boolean =>
  c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x2026;
const LOWER = /\p{Ll}/u;
/** LOWER's answer for each unit above ASCII, asked once: 1 no, 2 yes (a check reads thousands). */
let lowerAbove: Uint8Array | null = null;
/** Whether the unit is a lower-case letter: LOWER.test(String.fromCharCode(c)); false for NaN. */
function isLowerUnit(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (!(c <= 0xffff)) return false;
  lowerAbove ??= new Uint8Array(0x10000);
  if (lowerAbove[c] === 0) lowerAbove[c] = LOWER.test(String.fromCharCode(c)) ? 2 : 1;
  return lowerAbove[c] === 2;
}
/** The code of the last character that is not a space (lastChar's), NaN when there is none. */
function lastCode(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) <= 0x20) i--;
  return text.charCodeAt(i);
}
/** Prose paragraphs the habit is read from, and the share of them that must end with a mark. */
const MIN_PROSE = 10;
const PROSE_SHARE = 0.9;

/**
 * Items of a list (consecutive entries with one marker, three or more) that end unlike the others,
 * and long prose paragraphs ending on a lower-case word where the document ends nearly all of them.
 * The definition reads an array of entries; the rule feeds an EndingReader one paragraph at a time
 * (no object an entry: a check reads thousands). The test compares both with the array reading.
 */
export function endingFaults(entries: readonly EndingEntry[]): EndingFault[] {
  const reader = new EndingReader();
  for (const e of entries) reader.add(e.block, e.text, e.list, e.prose);
  return reader.faults();
}

/** endingFaults one entry at a time, by counts: no array for a list, no string for a mark. */
export class EndingReader {
  private readonly found: EndingFault[] = [];
  /** The list being read: its marker, its items, and how many end with ".", ";", ":" or nothing. */
  private list: string | null = null;
  private items = 0;
  private dots = 0;
  private semis = 0;
  private colons = 0;
  private empties = 0;
  /** The last item of the list ending with nothing, and with ";" (what oddEnding would name). */
  private lastEmpty = 0;
  private lastSemi = 0;
  private prose = 0;
  private ended = 0;
  /** Prose paragraphs ending on a lower-case letter: faults if the document has the habit. */
  private readonly lower: number[] = [];

  add(block: number, text: string, list: string | null, prose: boolean): void {
    if (this.items > 0 && list !== this.list) this.endRun();
    const c = lastCode(text);
    if (list !== null) {
      this.list = list;
      this.items++;
      // endMark(text), by its code: "." ";" ":" "," "…" or nothing.
      if (c === 0x2e) this.dots++;
      else if (c === 0x3b) {
        this.semis++;
        this.lastSemi = block;
      } else if (c === 0x3a) this.colons++;
      else if (c !== 0x2c && c !== 0x2026) {
        this.empties++;
        this.lastEmpty = block;
      }
    }
    if (!prose) return;
    this.prose++;
    if (isTerminal(c)) this.ended++;
    else if (isLowerUnit(c)) this.lower.push(block);
  }

  /** A paragraph that is no entry between two items: it ends their list (when one is open, with a marker). */
  interrupt(): void {
    if (this.items > 0 && this.list) this.endRun();
  }

  /** The faults of every entry added; call once, after the last. */
  faults(): EndingFault[] {
    if (this.items > 0) this.endRun();
    const faults = this.found;
    if (this.prose >= MIN_PROSE && this.ended >= this.prose * PROSE_SHARE)
      for (const block of this.lower) faults.push({ block, mark: '', usual: '.', kind: 'paragraph' });
    // A paragraph's own fault came before its list's in the array reading (its list ends later).
    return faults.sort(
      (a, b) => a.block - b.block || (a.kind === b.kind ? 0 : a.kind === 'paragraph' ? -1 : 1),
    );
  }

  /** oddEnding of the list read so far, from its counts; a run of one or two items has no odd one. */
  private endRun(): void {
    const { dots, semis, empties } = this;
    const counted = this.items - this.colons;
    const byDots = dots >= 2 && dots * 4 >= (counted - 1) * 3;
    const bySemis = semis >= 2 && semis * 4 >= (counted - 1) * 3;
    const times = (byDots ? empties + semis : 0) + (bySemis ? empties : 0);
    if (this.items >= 3 && times === 1) {
      const usual = dots >= semis ? '.' : ';';
      const [block, mark] = empties === 1 ? [this.lastEmpty, ''] : [this.lastSemi, ';'];
      this.found.push({ block, mark, usual, kind: 'list' });
    }
    this.items = this.dots = this.semis = this.colons = this.empties = 0;
  }
}
