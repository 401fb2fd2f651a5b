/** What period a phrase names: a month ("tháng 4", "tháng 3/2026"), a quarter ("quý II"), a year ("năm 2024"). */
export type PeriodKind = 'month' | 'quarter' | 'year';

/** One period named in a text, where it is written. */
export interface PeriodMention {
  kind: PeriodKind;
  value: number;
  start: number;
  end: number;
  text: string;
}

/** The cheap test a paragraph passes before it is read. */
export const MAY_NAME_PERIOD = /(?:tháng|quý|năm)\s+(?:\d|[IV])/iu;

/**
 * "tháng 4", "tháng 3/2026", "tháng 5 năm 2026"; "quý II", "quý 3/2025"; "năm 2024". A whole date
 * ("ngày 15 tháng 5 năm 2016", "15/5/2016") names no period; a year in a range ("2021 - 2025",
 * "năm học 2025 - 2026") or after "nhiệm kỳ", "giai đoạn", "so với", "cùng kỳ", "từ", "đến" names a
 * span or a comparison, not the period reported on.
 */
const PERIOD =
  /(?<![\p{L}\d/])(tháng|quý|năm)\s+(\d{1,2}|I{1,3}|IV|\d{4})(?![\p{L}\d])(?:\s*(?:\/|năm)\s*(\d{4})(?![\d\s]*[-–]\s*\d))?/giu;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
/** Words before a year that make it a span or a comparison. */
const NOT_THE_PERIOD =
  /(?:nhiệm kỳ|giai đoạn|so với|cùng kỳ|từ|đến|sau|trước|khóa|khoá|ngày\s+\d{1,2})\s*$/iu;
/** A range after the number: "năm 2021 - 2025", "năm học 2025 - 2026". */
const RANGE_AFTER = /^\s*[-–]\s*\d/u;

/** Every period `text` names, in order. */
export function periodMentions(text: string): PeriodMention[] {
  if (!MAY_NAME_PERIOD.test(text)) return [];
  const out: PeriodMention[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const [all, word = '', number = '', year] = m;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (NOT_THE_PERIOD.test(before)) continue;
    const after = text.slice(m.index + all.length);
    const start = m.index;
    const lower = word.toLowerCase();
    if (lower === 'năm') {
      if (!/^\d{4}$/.test(number) || RANGE_AFTER.test(after)) continue;
      out.push({ kind: 'year', value: Number(number), start, end: start + all.length, text: all });
      continue;
    }
    const value = ROMAN[number] ?? Number(number);
    const kind: PeriodKind = lower === 'tháng' ? 'month' : 'quarter';
    if (!Number.isInteger(value) || value < 1 || value > (kind === 'month' ? 12 : 4)) continue;
    out.push({ kind, value, start, end: start + all.length, text: all });
    if (year !== undefined && !RANGE_AFTER.test(after))
      out.push({ kind: 'year', value: Number(year), start, end: start + all.length, text: all });
  }
  return out;
}

/** The periods a title names, by kind. */
export type PeriodSets = Record<PeriodKind, Set<number>>;

export function periodSets(mentions: readonly PeriodMention[]): PeriodSets {
  const sets: PeriodSets = { month: new Set(), quarter: new Set(), year: new Set() };
  for (const m of mentions) sets[m.kind].add(m.value);
  return sets;
}

const CYCLE: Record<PeriodKind, number> = { month: 12, quarter: 4, year: 0 };

/**
 * Whether `value` is among the periods the title names, or the one right after the only one it names
 * (a report on month 4 plans month 5; on 2024, plans 2025). True when the title names none of that kind.
 */
export function agreesWithTitle(kind: PeriodKind, value: number, title: PeriodSets): boolean {
  const named = title[kind];
  if (named.size === 0 || named.has(value)) return true;
  if (named.size !== 1) return false;
  const only = [...named][0] as number;
  const cycle = CYCLE[kind];
  const next = cycle > 0 ? (only % cycle) + 1 : only + 1;
  return value === next;
}
