import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';
import { matchOutline } from '../../../../shared/core/outline/match-outline.ts';
import { gapsExplainedByOutline } from '../../../../shared/core/outline/outline-gaps.ts';
import { testOutline } from '../../../helpers/rule-tester.ts';

const TITLES = ['ĐẶC ĐIỂM TÌNH HÌNH', 'KẾT QUẢ HOẠT ĐỘNG', 'TỒN TẠI, HẠN CHẾ', 'PHƯƠNG HƯỚNG NHIỆM VỤ'];
const outline = testOutline(
  TITLES.map((title, i) => ({ id: `muc-${i + 1}`, title, numbering: 'roman', required: true })),
);
const gaps = (...lines: string[]) => {
  const analysis = analyzeDocument(docFromText(lines.join('\n')));
  return gapsExplainedByOutline(matchOutline(analysis, outline, 0));
};

describe('gapsExplainedByOutline', () => {
  it('explains II → IV when the outline’s III is missing', () => {
    const found = gaps(
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'Nội dung.',
      'II. KẾT QUẢ HOẠT ĐỘNG',
      'Nội dung.',
      'IV. PHƯƠNG HƯỚNG NHIỆM VỤ',
    );
    expect([...found]).toEqual(['2>4']);
  });

  it('explains nothing when every section is there, or without a match', () => {
    const all = TITLES.flatMap((t, i) => [`${['I', 'II', 'III', 'IV'][i]}. ${t}`, 'Nội dung.']);
    expect(gaps(...all).size).toBe(0);
    expect(gapsExplainedByOutline(null).size).toBe(0);
  });
});
