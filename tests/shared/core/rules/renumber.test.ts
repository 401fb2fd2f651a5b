import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';
import type { BlockInfo } from '../../../../shared/core/headings/block-info.ts';
import { labelFor, lastValue, numberedRuns, renumber } from '../../../../shared/core/rules/renumber.ts';

const analysis = (...lines: string[]) => analyzeDocument(docFromText(lines.join('\n')));
const labels = (run: readonly BlockInfo[]) => run.map((h) => h.numbering?.label);

describe('numberedRuns', () => {
  it('groups siblings, and counts the Điều of a part on through its Chương', () => {
    const a = analysis(
      'QUY CHẾ',
      'Làm việc của Ban Chấp hành',
      'Chương I',
      'QUY ĐỊNH CHUNG',
      'Điều 1. Phạm vi',
      'Điều 2. Đối tượng',
      'Chương II',
      'NHIỆM VỤ',
      'Điều 3. Nhiệm vụ',
    );
    const runs = numberedRuns(a).filter((r) => r.length > 0);
    expect(runs.map(labels)).toContainEqual(['I', 'II']);
    expect(runs.map(labels)).toContainEqual(['1', '2', '3']);
  });
});

describe('labelFor, lastValue and renumber', () => {
  const a = analysis(
    'I. MỞ ĐẦU',
    'Nội dung.',
    'III. KẾT QUẢ',
    'Nội dung.',
    '1.2. Chi tiết',
    'a) Điểm một',
    'c) Điểm ba',
  );
  const heading = (label: string) => {
    const h = a.blocks.find((b) => b.numbering?.label === label);
    if (!h) throw new Error(`no heading ${label}`);
    return h;
  };

  it.each([
    ['III', 2, 'II'],
    ['1.2', 5, '1.5'],
    ['c', 2, 'b'],
    ['c', 5, 'đ'],
  ])('the heading %s numbered %i reads %s', (label, value, expected) => {
    expect(labelFor(heading(label), value)).toBe(expected);
  });

  it('reads the last value of a number', () => {
    expect(lastValue(heading('III'))).toBe(3);
    expect(lastValue(heading('1.2'))).toBe(2);
  });

  it('renumbers a run from a start, leaving right labels alone', () => {
    const run = [heading('I'), heading('III')];
    expect(renumber(run, 1).map((e) => (e.kind === 'replace' ? e.text : ''))).toEqual(['II']);
    expect(renumber(run, 1)[0]).toMatchObject({ block: heading('III').index });
  });
});
