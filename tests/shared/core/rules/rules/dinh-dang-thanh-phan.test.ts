import type { DocModel } from '../../../../../shared/core/document/doc-model.ts';
import rule from '../../../../../shared/core/rules/rules/dinh-dang-thanh-phan.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';
import { AT, styledReport, withStyle } from '../../formal/styled-fixture.ts';

/** The fixture as a host that reports no bold or italic at all would give it. */
function noEmphasis(): DocModel {
  const doc = styledReport();
  for (const b of doc.blocks) {
    delete b.style.bold;
    delete b.style.italic;
  }
  return doc;
}

/** A Quyết định's căn cứ block (NĐ 30 Mẫu 1.2), its second line italic or not. */
function quyetDinh(secondItalic: boolean): DocModel {
  const tnr = { fontFamily: 'Times New Roman', fontSizePt: 14 };
  return {
    blocks: [
      { text: 'QUYẾT ĐỊNH', style: { ...tnr, bold: true } },
      { text: 'Về việc ban hành Quy chế làm việc', style: { ...tnr, bold: true } },
      { text: 'Căn cứ Luật Công đoàn ngày 20 tháng 6 năm 2012;', style: { ...tnr, italic: true } },
      { text: 'Căn cứ Điều lệ Công đoàn Việt Nam khóa XIII.', style: { ...tnr, italic: secondItalic } },
      { text: 'Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.', style: tnr },
    ],
    meta: { styled: true, source: 'gdoc' },
  };
}

/** A báo cáo whose opening sentence starts “Căn cứ …”: running text, upright. */
function openingCanCu(): DocModel {
  const doc = styledReport();
  const b = doc.blocks[AT.opening];
  if (b)
    b.text = 'Căn cứ Công văn số 745/LĐLĐ-VP ngày 25/5/2021, Ban Thường vụ Công đoàn ngành báo cáo như sau:';
  return doc;
}

ruleTable(rule, {
  valid: [
    { name: 'the NĐ 30 fixture', doc: styledReport() },
    { name: 'a căn cứ block in italic', doc: quyetDinh(true) },
    { name: 'an opening sentence “Căn cứ …, Ban Thường vụ … như sau:” stays upright', doc: openingCanCu() },
    {
      name: 'a host that reports no bold or italic anywhere is not taken to mean “not bold”',
      doc: noEmphasis(),
    },
    {
      name: 'plain text with “**…**” is not a styled document',
      text: '**TM. BAN THƯỜNG VỤ\nCHỦ TỊCH**\nLê Khắc Bình',
    },
  ],
  invalid: [
    {
      name: 'a căn cứ line left upright',
      doc: quyetDinh(false),
      findings: [{ block: 3, messageIncludes: ['Căn cứ ban hành phải in nghiêng', 'mục II.6.a'], fix: true }],
    },
    {
      name: 'Quốc hiệu not bold',
      doc: withStyle(AT.quocHieu, { bold: false }),
      findings: [
        {
          block: AT.quocHieu,
          severity: 'warning',
          messageIncludes: ['Quốc hiệu phải in đậm', 'mục II.1.a'],
          fix: true,
        },
      ],
    },
    {
      name: 'the date line upright',
      doc: withStyle(AT.date, { italic: false }),
      findings: [
        { block: AT.date, messageIncludes: ['Địa danh và ngày tháng phải in nghiêng', 'mục II.4.c'] },
      ],
    },
    {
      name: '“Nơi nhận:” bold but not italic',
      doc: withStyle(AT.noiNhan, { italic: false }),
      findings: [{ block: AT.noiNhan, messageIncludes: ['“Nơi nhận:” phải in nghiêng', 'mục II.9.d'] }],
    },
    {
      name: 'a recipient line in bold',
      doc: withStyle(AT.noiNhanLine, { bold: true }),
      findings: [{ block: AT.noiNhanLine, messageIncludes: 'Danh sách nơi nhận phải không in đậm' }],
    },
    {
      name: 'the chủ quản line bold like the issuing body',
      doc: withStyle(AT.chuQuan, { bold: true }),
      findings: [{ block: AT.chuQuan, messageIncludes: 'Tên cơ quan chủ quản phải không in đậm' }],
    },
    {
      name: 'the tên loại in italic',
      doc: withStyle(AT.tenLoai, { italic: true }),
      findings: [{ block: AT.tenLoai, messageIncludes: 'Tên loại văn bản phải chữ đứng' }],
    },
    {
      name: 'the signer’s name not bold',
      doc: withStyle(AT.name, { bold: false }),
      findings: [{ block: AT.name, messageIncludes: 'Họ tên người ký phải in đậm' }],
    },
  ],
});
