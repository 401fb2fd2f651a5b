import rule from '../../../../../shared/core/rules/rules/co-chu.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';
import { AT, styledReport, withStyle } from '../../formal/styled-fixture.ts';

const sizeless = () => {
  const doc = styledReport();
  const b = doc.blocks[AT.body];
  if (b) delete b.style.fontSizePt;
  return doc;
};

const bodyAt12 = () => {
  const doc = withStyle(AT.body, { fontSizePt: 12 });
  const b = doc.blocks[AT.lastBody];
  if (b) b.style.fontSizePt = 12;
  return doc;
};

ruleTable(rule, {
  valid: [
    { name: 'the NĐ 30 fixture', doc: styledReport() },
    {
      name: 'Quốc hiệu at 13, the top of its range',
      doc: withStyle(AT.quocHieu, { fontSizePt: 13 }),
    },
    { name: 'Tiêu ngữ at 14', doc: withStyle(AT.tieuNgu, { fontSizePt: 14 }) },
    {
      name: 'a size the host did not report is not guessed',
      doc: sizeless(),
    },
    { name: 'plain text has no sizes', text: 'Nơi nhận:\n- Lưu: VT, VP.' },
  ],
  invalid: [
    {
      name: 'Quốc hiệu at 14 pt (NĐ 30: 12–13)',
      doc: withStyle(AT.quocHieu, { fontSizePt: 14 }),
      findings: [
        {
          block: AT.quocHieu,
          severity: 'warning',
          messageIncludes: ['Quốc hiệu là 14 pt', '12–13 pt', 'mục II.1.a'],
          fix: true,
        },
      ],
    },
    {
      name: '“Nơi nhận:” at 14 pt (NĐ 30: 12)',
      doc: withStyle(AT.noiNhan, { fontSizePt: 14 }),
      findings: [{ block: AT.noiNhan, messageIncludes: ['“Nơi nhận:” là 14 pt', 'quy định 12 pt'] }],
    },
    {
      name: 'a recipient line at 13 pt (NĐ 30: 11)',
      doc: withStyle(AT.noiNhanLine, { fontSizePt: 13 }),
      findings: [{ block: AT.noiNhanLine, messageIncludes: ['danh sách nơi nhận', '11 pt'] }],
    },
    {
      name: 'two body paragraphs at 12 pt give one finding',
      doc: bodyAt12(),
      findings: [{ block: AT.body, messageIncludes: ['2 đoạn nội dung', '13–14 pt', 'mục II.6.e'] }],
    },
    {
      name: 'the Số line at 14 pt (NĐ 30: 13)',
      doc: withStyle(AT.so, { fontSizePt: 14 }),
      findings: [{ block: AT.so, messageIncludes: ['số, ký hiệu', '13 pt'] }],
    },
    {
      name: 'the signer’s name at 12 pt',
      doc: withStyle(AT.name, { fontSizePt: 12 }),
      findings: [{ block: AT.name, messageIncludes: ['họ tên người ký', '13–14 pt', 'mục II.7.đ'] }],
    },
  ],
});
