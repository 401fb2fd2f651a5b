import type { FixEdit } from '../../base/finding.ts';
import type { BlockInfo } from '../../headings/block-info.ts';
import { toRoman } from '../../headings/vietnamese-letters.ts';
import { defaultLabel } from '../../outline/flatten-sections.ts';
import type { OutlineMatch, SectionMatch } from '../../outline/match-outline.ts';
import { headingGroups, labelRange } from '../heading-groups.ts';
import type { Rule } from '../rule.ts';

/**
 * Sibling headings count 1, 2, 3… (I, II…; a, b, c, d, đ…) without gaps, repeats or restarts; the
 * Điều of a part count on across its Chương and Mục (NĐ 30/2020, Phụ lục I, II.6.c).
 */
const rule: Rule = {
  id: 'numbering-sequence',
  description: 'Số thứ tự các mục cùng cấp liên tục: không nhảy cóc, không trùng, không đánh lại từ đầu.',
  defaultSeverity: 'error',
  group: 'cấu trúc',
  source: 'NĐ 30/2020, Phụ lục I, mục II.6.c–đ (số thứ tự các phần, mục)',
  check({ analysis, match }, report) {
    const explained = gapsExplainedByOutline(match);
    const numberedOf = (list: readonly BlockInfo[], dieu: boolean) =>
      list.filter(
        (h) =>
          h.numbering &&
          h.numbering.scheme !== 'none' &&
          h.numbering.values.length > 0 &&
          (h.numbering.scheme === 'dieu') === dieu,
      );
    // Điều are numbered on through Chương and Mục, never from 1 again: one run a part.
    const runs = [
      ...headingGroups(analysis).map((siblings) => numberedOf(siblings, false)),
      ...analysis.parts.map((part) =>
        numberedOf(
          part.headings.flatMap((i) => analysis.blocks[i] ?? []),
          true,
        ),
      ),
    ];
    for (const numbered of runs) {
      if (numbered.length === 0) continue;
      const first = numbered[0] as BlockInfo;
      const firstValue = last(first);
      if (firstValue > 1 && numbered.length > 1) {
        report({
          block: first.index,
          range: labelRange(first),
          severity: 'warning',
          message: `Mục “${first.text.trim().slice(0, 60)}” là mục đầu tiên của cấp này nhưng mang số ${first.numbering?.label}; nên bắt đầu từ ${labelFor(first, 1)}.`,
        });
      }
      for (let i = 1; i < numbered.length; i++) {
        const previous = numbered[i - 1] as BlockInfo;
        const current = numbered[i] as BlockInfo;
        if (current.numbering?.scheme !== previous.numbering?.scheme) continue; // mixed schemes: heading-level
        const expected = last(previous) + 1;
        const value = last(current);
        if (value === expected) continue;
        // "II → IV" where the đề cương's III is missing: required-section inserts III in its place,
        // and renumbering IV → III here would undo that.
        if (value > expected && explained.has(`${previous.index}>${current.index}`)) continue;
        const problem =
          value === last(previous)
            ? `trùng số với mục trước (${previous.numbering?.label})`
            : value > expected
              ? `nhảy từ ${previous.numbering?.label} sang ${current.numbering?.label}, thiếu số ${labelFor(current, expected)}`
              : `đánh số lại (${current.numbering?.label}) sau mục ${previous.numbering?.label}`;
        const edits = renumber(numbered.slice(i), expected);
        report({
          block: current.index,
          range: labelRange(current),
          message: `Số mục ${problem}. Đánh lại số từ ${labelFor(current, expected)}.`,
          ...(edits.length > 0 ? { fix: { label: 'Đánh lại số thứ tự', edits } } : {}),
        });
        break; // one finding per run: its fix renumbers the rest
      }
    }
  },
};
export default rule;

/**
 * Pairs "previous>current" of matched headings that are outline siblings numbered as in the outline,
 * with only unmatched (missing) outline sections between them.
 */
function gapsExplainedByOutline(match: OutlineMatch | null): Set<string> {
  const out = new Set<string>();
  if (!match) return out;
  const sections = match.sections;
  for (let a = 0; a < sections.length; a++) {
    const from = sections[a] as SectionMatch;
    if (from.block < 0) continue;
    let missing = 0;
    for (let b = a + 1; b < sections.length; b++) {
      const to = sections[b] as SectionMatch;
      if (to.flat.depth < from.flat.depth) break;
      if (to.flat.parent !== from.flat.parent) continue;
      if (to.block < 0) {
        missing++;
        continue;
      }
      if (missing > 0) out.add(`${from.block}>${to.block}`);
      break;
    }
  }
  return out;
}

function last(info: BlockInfo): number {
  const values = info.numbering?.values ?? [];
  return values[values.length - 1] ?? 0;
}

/** The label a heading would carry with the given value, keeping its scheme, prefix and case. */
function labelFor(info: BlockInfo, value: number): string {
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
function renumber(run: BlockInfo[], start: number): FixEdit[] {
  const edits: FixEdit[] = [];
  run.forEach((info, k) => {
    const label = labelFor(info, start + k);
    if (label === info.numbering?.label) return;
    edits.push({ kind: 'replace', block: info.index, range: labelRange(info), text: label });
  });
  return edits;
}
