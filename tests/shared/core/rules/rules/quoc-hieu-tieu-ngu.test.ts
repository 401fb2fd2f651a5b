import rule from '../../../../../shared/core/rules/rules/quoc-hieu-tieu-ngu.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const LEFT = 'LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG\nCÔNG ĐOÀN NGÀNH GIÁO DỤC';
const REST = 'Số: 05/KH-CĐN\nCao Bằng, ngày 08 tháng 02 năm 2024\nKẾ HOẠCH\nTổ chức Tháng Công nhân năm 2024';

ruleTable(rule, {
  valid: [
    {
      name: 'the exact Quốc hiệu and Tiêu ngữ',
      text: `${LEFT}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${REST}`,
    },
    {
      name: '“CỘNG HOÀ” (old tone placement, as NĐ 30’s own table spells it)',
      text: `CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${REST}`,
    },
    {
      name: 'columns side by side on one line',
      text: `TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\t\tĐộc lập - Tự do - Hạnh phúc\n${REST}`,
    },
    {
      name: 'a Party document of a Đảng đoàn uses “ĐẢNG CỘNG SẢN VIỆT NAM” under its own rules',
      text: 'ĐẢNG BỘ TỈNH ĐỒNG NAI\nĐẢNG ĐOÀN LĐLĐ TỈNH\nĐẢNG CỘNG SẢN VIỆT NAM\nĐồng Nai, ngày 10 tháng 4 năm 2020\nKẾ HOẠCH\nThực hiện Kế hoạch số 231-KH/TU',
    },
    {
      name: 'a Đoàn Thanh niên document (QĐ 367-QĐ/TWĐTN, 2013) is not a union one',
      text: 'BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 10 tháng 4 năm 2013\nQUYẾT ĐỊNH\nBan hành quy định',
    },
    {
      name: 'a congress cover page in capitals (fliphtml5, 2023) has no Số or date line to anchor a header',
      text: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN THẠCH HÀ\nCÔNG ĐOÀN CƠ SỞ XÃ TƯỢNG SƠN\nVĂN KIỆN ĐẠI HỘI\nĐẠI HỘI CĐCS XÃ TƯỢNG SƠN LẦN THỨ V\nNHIỆM KỲ 2023 - 2028',
    },
    {
      name: 'a Party document known by its header without an issuer line read (“Số 05-BC/ĐU”, no Quốc hiệu)',
      text: 'ĐẢNG CỘNG SẢN VIỆT NAM\nSố 05-BC/ĐU\tTân Phú, ngày 10 tháng 3 năm 2025\nBÁO CÁO\nkết quả quý I',
    },
    { name: 'a fragment without any header is not asked for one', text: 'I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích' },
    {
      name: 'an attached đề cương (seed 000) has no header',
      text: 'ĐỀ CƯƠNG\nBÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN 6 THÁNG ĐẦU NĂM 2020\nI. ĐẶC ĐIỂM TÌNH HÌNH',
    },
  ],
  invalid: [
    {
      name: 'the Quốc hiệu in lower case',
      text: `Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n${REST}`,
      findings: [
        {
          line: 1,
          severity: 'error',
          range: [0, 34],
          fix: true,
          messageIncludes: ['Quốc hiệu viết chưa đúng', 'Phụ lục I, mục II.1'],
        },
      ],
      output: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${REST}`,
    },
    {
      name: 'the Tiêu ngữ without spaces around the hyphens',
      text: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập-Tự do-Hạnh phúc\n${REST}`,
      findings: [{ line: 2, severity: 'error', fix: true, messageIncludes: '“Độc lập-Tự do-Hạnh phúc”' }],
      output: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${REST}`,
    },
    {
      name: 'the Tiêu ngữ in capitals',
      text: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐỘC LẬP - TỰ DO - HẠNH PHÚC\n${REST}`,
      findings: [{ line: 2, severity: 'error', fix: true }],
      output: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${REST}`,
    },
    {
      name: 'en dashes in the Tiêu ngữ: a warning',
      text: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n${REST}`,
      findings: [{ line: 2, severity: 'warning', fix: true }],
      output: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${REST}`,
    },
    {
      name: 'a misspelt Quốc hiệu beside the issuer on one line: only its own range is replaced',
      text: `TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\t\tCỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${REST}`,
      findings: [{ line: 1, range: [34, 68], fix: true }],
      output: `TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${REST}`,
    },
    {
      // Seeds README: "the header tables (issuing body | Quốc hiệu) were lost in most of them".
      name: 'seed 002 (plain text): Số and date kept, issuer and Quốc hiệu gone: the header table was lost, info only',
      text: '\n\nSố: *579* /CV-LĐLĐ\n\nĐiện Biên, ngày *16* tháng 10 năm 2019\n\n“V/v định hướng nhiệm vụ trọng tâm,\nxây dựng Chương trình công tác năm 2020”',
      findings: [
        {
          block: -1,
          severity: 'info',
          range: [0, 0],
          fix: false,
          messageIncludes: ['Không thấy Quốc hiệu, Tiêu ngữ', 'bản gốc'],
        },
      ],
    },
    {
      name: 'plain text whose issuer survived but not the Quốc hiệu: a real omission, a warning',
      text: `${LEFT}\n${REST}`,
      findings: [
        { block: -1, severity: 'warning', range: [0, 0], messageIncludes: 'Thiếu Quốc hiệu và Tiêu ngữ' },
      ],
    },
    {
      name: 'a .docx or Google Docs document (not plain text) without any of them: a warning',
      doc: {
        blocks: [
          { text: 'Số: 579/LĐLĐ-VP', style: {} },
          { text: 'Điện Biên, ngày 16 tháng 10 năm 2019', style: {} },
          { text: 'V/v định hướng nhiệm vụ trọng tâm', style: {} },
        ],
        meta: { source: 'docx' },
      },
      findings: [{ block: -1, severity: 'warning', messageIncludes: 'Thiếu Quốc hiệu và Tiêu ngữ' }],
    },
    {
      name: 'the Tiêu ngữ alone missing',
      text: `${LEFT}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${REST}`,
      findings: [{ block: -1, severity: 'warning', messageIncludes: 'Thiếu Tiêu ngữ' }],
    },
    {
      name: 'a flattened two-column header whose second row (Tiêu ngữ) is gone: info, check the original',
      text: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/LĐLĐ\tNinh Bình, ngày 12 tháng 3 năm 2024\nV/v tổ chức Tháng Công nhân',
      findings: [{ block: -1, severity: 'info', messageIncludes: ['Không thấy Tiêu ngữ', 'bản gốc'] }],
    },
  ],
});
