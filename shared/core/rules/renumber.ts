import type { FixEdit } from '../base/finding.ts';
import type { BlockInfo, DocAnalysis } from '../headings/block-info.ts';
import { toRoman } from '../headings/vietnamese-letters.ts';
import { defaultLabel } from '../outline/flatten-sections.ts';
import { headingGroups, labelRange } from './heading-groups.ts';

/**
 * The numbered runs of a document whose numbers count 1, 2, 3…: each group of sibling headings, and
 * the Điều of each part, numbered on through Chương and Mục, never from 1 again.
 */
export function numberedRuns(analysis: DocAnalysis): BlockInfo[][] {
  const numberedOf = (list: readonly BlockInfo[], dieu: boolean) =>
    list.filter(
      (h) =>
        h.numbering &&
        h.numbering.scheme !== 'none' &&
        h.numbering.values.length > 0 &&
        (h.numbering.scheme === 'dieu') === dieu,
    );
  return [
    ...headingGroups(analysis).map((siblings) => numberedOf(siblings, false)),
    ...analysis.parts.map((part) =>
      numberedOf(
        part.headings.flatMap((i) => analysis.blocks[i] ?? []),
        true,
      ),
    ),
  ];
}

/** The last value of a heading's number: 3 for "III.", 2 for "1.2.". */
export function lastValue(info: BlockInfo): number {
  const values = info.numbering?.values ?? [];
  return values[values.length - 1] ?? 0;
}

/** The label a heading would carry with the given value, keeping its scheme, prefix and case. */
export function labelFor(info: BlockInfo, value: number): string {
  const n = info.numbering;
  if (!n) return String(value);
  if (n.scheme === 'decimal2' || n.scheme === 'decimal3') return [...n.values.slice(0, -1), value].join('.');
  // "PHẦN I", "Chương 1", "Mục II": keep the writer's digits or Roman numerals, not the scheme's default form.
  if (/^\d+$/.test(n.label)) return String(value);
  if (/^(phan|chuong|muc|tieu-muc)$/.test(n.scheme) && /^[IVXLC]+$/.test(n.label)) return toRoman(value);
  const label = defaultLabel(
    n.scheme === 'dash' || n.scheme === 'plus' || n.scheme === 'bullet' ? 'none' : n.scheme,
    value,
  );
  return n.label === n.label.toLocaleLowerCase('vi') && n.scheme === 'phan'
    ? label.toLocaleLowerCase('vi')
    : label;
}

/** Replace the labels of a run of siblings so they count on from `start`. */
export function renumber(run: readonly BlockInfo[], start: number): FixEdit[] {
  const edits: FixEdit[] = [];
  run.forEach((info, k) => {
    const label = labelFor(info, start + k);
    if (label === info.numbering?.label) return;
    edits.push({ kind: 'replace', block: info.index, range: labelRange(info), text: label });
  });
  return edits;
}
