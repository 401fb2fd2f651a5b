import { partOf, type TextPart } from './text-part.ts';

/** A parsed "Số: 579/CV-LĐLĐ" (NĐ 30/2020, Phụ lục I, mục II.3). Positions are in the parsed text. */
export interface SoKyHieu {
  start: number;
  end: number;
  /** "Số:" / "Số" when written. */
  label: TextPart | null;
  colon: boolean;
  /** "579", "06b"; null when left blank for the văn thư (a draft). */
  number: TextPart | null;
  /** The blank a draft leaves instead of the number ("      ", "......"). */
  blank: TextPart | null;
  /** Index of the "/". */
  slash: number;
  /** The letter groups after "/": ["CV", "LĐLĐ"]. */
  groups: TextPart[];
  /** Spaces around "/" and "-", which NĐ 30 forbids ("không cách chữ"). */
  straySpaces: TextPart[];
  /** En or em dashes used instead of "-". */
  wrongDashes: TextPart[];
}

const LABEL = /^([ \t]*)(số|SỐ|Số)([ \t]*)(:?)[ \t]*/u;
const NUMBER = /^\d{1,6}[a-zđ]?(?![\p{L}\d])/u;
const BLANK = /^[ \t.…_]*/u;
const GROUP = /^[\p{L}\d&]+/u;
const SEPARATOR = /^[ \t]*([-–—])[ \t]*/u;

/**
 * Parses a Số, ký hiệu starting at `from`: "Số: 579/CV-LĐLĐ", "Số: 579 /CV-LĐLĐ", "148/HD - CĐVC",
 * "Số:      /KH-LĐLĐ" (blank number). With `requireLabel` (default) it must start with "Số".
 * Returns null for anything else, including the Party style "Số 01-KH/ĐĐ".
 */
export function parseSoKyHieu(text: string, from = 0, requireLabel = true): SoKyHieu | null {
  let i = from;
  const rest = () => text.slice(i);
  const labelMatch = LABEL.exec(rest());
  let label: TextPart | null = null;
  let colon = false;
  if (labelMatch) {
    const [all, lead = '', word = '', gap = '', mark = ''] = labelMatch;
    colon = mark === ':';
    const at = i + lead.length;
    label = partOf(text, at, at + word.length + (colon ? gap.length + 1 : 0));
    i += all.length;
  } else if (requireLabel) return null;
  else i += /^[ \t]*/u.exec(rest())?.[0].length ?? 0;

  const straySpaces: TextPart[] = [];
  let number: TextPart | null = null;
  let blank: TextPart | null = null;
  const numberMatch = NUMBER.exec(rest());
  if (numberMatch) {
    number = partOf(text, i, i + numberMatch[0].length);
    i = number.end;
    const spaces = /^[ \t]*/u.exec(rest())?.[0].length ?? 0;
    if (spaces > 0 && text.charAt(i + spaces) === '/') straySpaces.push(partOf(text, i, i + spaces));
    i += spaces;
  } else {
    const blankLength = BLANK.exec(rest())?.[0].length ?? 0;
    // Without a label, a bare "/KH" is not a Số line.
    if (!label && blankLength === 0) return null;
    blank = partOf(text, label ? label.end : i, i + blankLength);
    i += blankLength;
  }
  if (text.charAt(i) !== '/') return null;
  const slash = i;
  i++;
  const afterSlash = /^[ \t]*/u.exec(rest())?.[0].length ?? 0;
  if (afterSlash > 0) straySpaces.push(partOf(text, i, i + afterSlash));
  i += afterSlash;

  const groups: TextPart[] = [];
  const wrongDashes: TextPart[] = [];
  const first = GROUP.exec(rest());
  // "30/2020/NĐ-CP": a legal document's number with its year, not a ký hiệu this parser reads.
  if (!first || /^\d+$/.test(first[0])) return null;
  groups.push(partOf(text, i, i + first[0].length));
  i += first[0].length;
  for (;;) {
    const sep = SEPARATOR.exec(rest());
    const next = sep ? GROUP.exec(text.slice(i + sep[0].length)) : null;
    if (!sep || !next || !sep[1]) break;
    const dashAt = i + sep[0].indexOf(sep[1]);
    if (dashAt > i) straySpaces.push(partOf(text, i, dashAt));
    if (sep[1] !== '-') wrongDashes.push(partOf(text, dashAt, dashAt + 1));
    if (i + sep[0].length > dashAt + 1) straySpaces.push(partOf(text, dashAt + 1, i + sep[0].length));
    i += sep[0].length;
    groups.push(partOf(text, i, i + next[0].length));
    i += next[0].length;
  }
  const start = label ? label.start : number ? number.start : (blank?.start ?? from);
  return { start, end: i, label, colon, number, blank, slash, groups, straySpaces, wrongDashes };
}

/** The ký hiệu as NĐ 30 writes it: "579/CV-LĐLĐ" (blank number kept as one space-free "/…"). */
export function formatSoKyHieu(s: SoKyHieu): string {
  return `${s.number?.text ?? ''}/${s.groups.map((g) => g.text).join('-')}`;
}
