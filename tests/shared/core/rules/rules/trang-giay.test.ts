import type { PageSetup } from '../../../../../shared/core/document/doc-model.ts';
import rule from '../../../../../shared/core/rules/rules/trang-giay.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';
import { A4_PAGE, styledReport } from '../../formal/styled-fixture.ts';

const withPage = (page: Partial<PageSetup>) => {
  const doc = styledReport();
  doc.meta.page = { ...A4_PAGE, ...page };
  return doc;
};

ruleTable(rule, {
  valid: [
    { name: 'the NĐ 30 fixture: A4, 20/20/30/15 mm', doc: styledReport() },
    {
      name: 'the other ends: 25/25/35/20 mm',
      doc: withPage({ marginTopMm: 25, marginBottomMm: 25, marginLeftMm: 35, marginRightMm: 20 }),
    },
    {
      name: 'A4 in points, as Docs stores it (595.3 × 841.9 pt)',
      doc: withPage({ widthMm: 210.02, heightMm: 297.01, marginLeftMm: 30.0 }),
    },
    { name: 'no page setup from the host: nothing to say', text: 'Nội dung./.' },
  ],
  invalid: [
    {
      name: 'a new Google Doc: US Letter with 1-inch margins',
      doc: withPage({
        widthMm: 215.9,
        heightMm: 279.4,
        marginTopMm: 25.4,
        marginBottomMm: 25.4,
        marginLeftMm: 25.4,
        marginRightMm: 25.4,
      }),
      findings: [
        { block: -1, severity: 'warning', messageIncludes: ['215,9 × 279,4 mm', 'A4 (210 × 297 mm)'] },
        {
          block: -1,
          messageIncludes: [
            'lề trên 25,4 mm (cần 20–25 mm)',
            'lề trái 25,4 mm (cần 30–35 mm)',
            'lề phải 25,4 mm (cần 15–20 mm)',
            'mục I.3',
          ],
        },
      ],
    },
    {
      name: 'A4 landscape',
      doc: withPage({ widthMm: 297, heightMm: 210 }),
      findings: [{ block: -1, messageIncludes: 'nằm ngang' }],
    },
    {
      name: 'a left margin of 20 mm',
      doc: withPage({ marginLeftMm: 20 }),
      findings: [{ block: -1, messageIncludes: 'lề trái 20 mm (cần 30–35 mm)' }],
    },
  ],
});
