import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../../../../shared/core/document/doc-model.ts';
import { applyFixes } from '../../../../../shared/core/rules/apply-fixes.ts';
import rule from '../../../../../shared/core/rules/rules/heading-style.ts';
import { ruleTable, runRule } from '../../../../helpers/rule-tester.ts';

/** A DocModel as Google Docs or .docx gives it: [text, Heading n] pairs, no n = normal text. */
function styled(...blocks: Array<[string, number?]>): DocModel {
  return {
    meta: { source: 'gdoc', styled: true },
    blocks: blocks.map(([text, h]) => ({ text, style: h === undefined ? {} : { headingLevel: h } })),
  };
}

const consistent = styled(
  ['BÁO CÁO'],
  ['I. ĐẶC ĐIỂM TÌNH HÌNH', 1],
  ['1. Tình hình chung', 2],
  ['Công đoàn cơ sở có 120 đoàn viên.'],
  ['II. KẾT QUẢ HOẠT ĐỘNG', 1],
  ['1. Công tác tuyên truyền', 2],
);

const oneMissing = styled(
  ['I. ĐẶC ĐIỂM TÌNH HÌNH', 1],
  ['Công đoàn cơ sở có 120 đoàn viên.'],
  ['II. KẾT QUẢ HOẠT ĐỘNG'],
  ['Tổ chức 4 buổi tuyên truyền.'],
  ['III. PHƯƠNG HƯỚNG NHIỆM VỤ', 1],
);

ruleTable(rule, {
  valid: [
    { name: 'headings of one depth share one Heading style', doc: consistent },
    {
      name: 'unnumbered headings known only by their style, consistent',
      doc: styled(['ĐẶC ĐIỂM TÌNH HÌNH', 1], ['Tình hình chung', 2], ['Nội dung.'], ['KẾT QUẢ HOẠT ĐỘNG', 1]),
    },
    {
      name: 'a document without trustworthy styles (meta.styled absent) is not checked',
      doc: { meta: { source: 'text' }, blocks: oneMissing.blocks },
    },
    'I. ĐẶC ĐIỂM TÌNH HÌNH\n1. Tình hình chung\nII. KẾT QUẢ HOẠT ĐỘNG',
  ],
  invalid: [
    {
      name: 'one heading of depth 1 without Heading 1 among others that have it',
      doc: oneMissing,
      findings: [
        {
          block: 2,
          severity: 'warning',
          range: [0, 21],
          fix: true,
          messageIncludes: '1 tiêu đề cấp 1 không dùng kiểu Heading 1 như các tiêu đề cùng cấp khác',
        },
      ],
      output: oneMissing.blocks.map((b) => b.text).join('\n'),
    },
    {
      name: 'a styled document whose headings carry no heading style: one finding per depth',
      doc: styled(
        ['I. ĐẶC ĐIỂM TÌNH HÌNH'],
        ['1. Tình hình chung'],
        ['Nội dung.'],
        ['II. KẾT QUẢ HOẠT ĐỘNG'],
      ),
      findings: [
        {
          block: 0,
          messageIncludes: '2 tiêu đề cấp 1 chưa dùng kiểu Heading 1; mục lục và thanh điều hướng',
        },
        { block: 1, range: [0, 18], messageIncludes: '1 tiêu đề cấp 2 chưa dùng kiểu Heading 2' },
      ],
    },
    {
      name: 'the majority style of the depth wins (Heading 2 twice against Heading 1 once)',
      doc: styled(['I. ĐẶC ĐIỂM TÌNH HÌNH', 2], ['II. KẾT QUẢ HOẠT ĐỘNG', 1], ['III. PHƯƠNG HƯỚNG', 2]),
      findings: [{ block: 1, messageIncludes: 'không dùng kiểu Heading 2' }],
    },
    {
      name: 'a Title-styled (level 0) heading counts as unstyled',
      doc: styled(['I. ĐẶC ĐIỂM TÌNH HÌNH', 0], ['II. KẾT QUẢ HOẠT ĐỘNG', 1], ['III. PHƯƠNG HƯỚNG', 1]),
      findings: [{ block: 0, messageIncludes: '1 tiêu đề cấp 1 không dùng kiểu Heading 1' }],
    },
  ],
});

describe('heading-style fixes', () => {
  const styleLevels = (doc: DocModel) => doc.blocks.map((b) => b.style.headingLevel ?? null);

  it('set the majority Heading style on the odd headings only', () => {
    const findings = runRule(rule, oneMissing);
    const fixed = applyFixes(
      oneMissing,
      findings.flatMap((f) => (f.fix ? [f.fix] : [])),
    );
    expect(fixed.skipped).toEqual([]);
    expect(styleLevels(fixed.doc)).toEqual([1, null, 1, null, 1]);
    expect(findings[0]?.fix?.edits).toEqual([{ kind: 'set-style', block: 2, style: { headingLevel: 1 } }]);
  });

  it('style every depth of an unstyled document with Heading n for depth n', () => {
    const doc = styled(
      ['I. ĐẶC ĐIỂM TÌNH HÌNH'],
      ['1. Tình hình chung'],
      ['Nội dung.'],
      ['II. KẾT QUẢ HOẠT ĐỘNG'],
    );
    const findings = runRule(rule, doc);
    const fixed = applyFixes(
      doc,
      findings.flatMap((f) => (f.fix ? [f.fix] : [])),
    );
    expect(findings.map((f) => f.fix?.label)).toEqual(['Áp dụng kiểu Heading 1', 'Áp dụng kiểu Heading 2']);
    expect(styleLevels(fixed.doc)).toEqual([1, 2, null, 1]);
    expect(runRule(rule, fixed.doc)).toEqual([]);
  });
});
