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
 * the last item of a ";" list ends with "." by rule. The definition; endingFaults reads lists by
 * oddEnding, which answers alike with counts instead of arrays (a check reads a thousand lists).
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

/** The marks a paragraph may end with; read on its last character only (a `$` regex scans it all). */
const TERMINAL = new Set(['.', ';', ':', '!', '?', '…']);
const LOWER = /\p{Ll}/u;
/** Prose paragraphs the habit is read from, and the share of them that must end with a mark. */
const MIN_PROSE = 10;
const PROSE_SHARE = 0.9;

/**
 * Items of a list (consecutive entries with one marker, three or more) that end unlike the others,
 * and long prose paragraphs ending on a lower-case word where the document ends nearly all of them.
 */
export function endingFaults(entries: readonly EndingEntry[]): EndingFault[] {
  const faults: EndingFault[] = [];
  let run: EndingEntry[] = [];
  const endRun = () => {
    // A run of one or two items has no odd one: nothing to read (most runs; no arrays made).
    if (run.length < 3) {
      run.length = 0;
      return;
    }
    const marks = run.map((e) => endMark(e.text));
    const i = oddEnding(marks);
    if (i >= 0) {
      let dots = 0;
      let semis = 0;
      for (const m of marks) {
        if (m === '.') dots++;
        else if (m === ';') semis++;
      }
      const usual = dots >= semis ? '.' : ';';
      faults.push({ block: run[i]?.block ?? 0, mark: marks[i] ?? '', usual, kind: 'list' });
    }
    run = [];
  };
  const prose = entries.filter((e) => e.prose);
  const ended = prose.filter((e) => TERMINAL.has(lastChar(e.text))).length;
  const habit = prose.length >= MIN_PROSE && ended >= prose.length * PROSE_SHARE;
  for (const e of entries) {
    if (run.length > 0 && e.list !== run[0]?.list) endRun();
    if (e.list !== null) run.push(e);
    if (habit && e.prose && LOWER.test(lastChar(e.text)))
      faults.push({ block: e.block, mark: '', usual: '.', kind: 'paragraph' });
  }
  endRun();
  return faults.sort((a, b) => a.block - b.block);
}
