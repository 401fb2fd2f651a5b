import rule from '../../../../../shared/core/rules/rules/phong-chu.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';
import { AT, styledReport, withStyle } from '../../formal/styled-fixture.ts';

const twoArial = () => {
  const doc = withStyle(AT.body, { fontFamily: 'Arial' });
  const b = doc.blocks[AT.lastBody];
  if (b) b.style.fontFamily = 'Arial';
  return doc;
};

ruleTable(rule, {
  valid: [
    { name: 'the NĐ 30 fixture: every paragraph in Times New Roman', doc: styledReport() },
    {
      name: 'a CSS list whose first family is Times New Roman',
      doc: withStyle(AT.body, { fontFamily: "'Times New Roman', serif" }),
    },
    { name: 'plain text knows no font', text: 'Nội dung báo cáo./.' },
    {
      name: 'a host that is not styled is not trusted',
      doc: { ...withStyle(AT.body, { fontFamily: 'Arial' }), meta: { source: 'web', styled: false } },
    },
  ],
  invalid: [
    {
      name: 'one paragraph in Arial',
      doc: withStyle(AT.body, { fontFamily: 'Arial' }),
      findings: [
        {
          block: AT.body,
          severity: 'warning',
          messageIncludes: ['1 đoạn dùng phông “Arial”', 'Times New Roman', 'mục I.4'],
          fix: true,
        },
      ],
    },
    {
      name: 'two paragraphs in Arial give one finding that fixes both',
      doc: twoArial(),
      findings: [{ block: AT.body, messageIncludes: '2 đoạn dùng phông “Arial”' }],
    },
    {
      name: 'the old TCVN3 font .VnTime',
      doc: withStyle(AT.quocHieu, { fontFamily: '.VnTimeH' }),
      findings: [{ block: AT.quocHieu, messageIncludes: 'phông cũ TCVN3/VNI' }],
    },
  ],
});
