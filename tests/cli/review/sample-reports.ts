import type { DocxParagraph } from '../../helpers/make-docx.ts';
import type { GdocParagraph } from '../google/gdoc-builder.ts';

/** A paragraph of a sample report, host-neutral: heading level 1–2 or body text. */
export interface SampleParagraph {
  text: string;
  level?: 1 | 2;
  bold?: boolean;
  align?: 'center' | 'right' | 'justify';
}

/** The sections of a Thanh Hóa CĐCS annual report (outline thanh-hoa-bao-cao-cdcs-nam-2023), by path. */
const SECTIONS: Array<{ path: string; heading: string; level: 1 | 2; body: string }> = [
  {
    path: 'I',
    heading: 'I. TÌNH HÌNH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, LAO ĐỘNG',
    level: 1,
    body: 'Đơn vị có 86 cán bộ, viên chức, người lao động; 84 đoàn viên công đoàn, tăng 3 so với năm trước.',
  },
  { path: 'II', heading: 'II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2023', level: 1, body: '' },
  {
    path: 'II.1',
    heading: '1. Công tác tham gia quản lý cơ quan, đơn vị',
    level: 2,
    body: 'Phối hợp tổ chức Hội nghị viên chức, người lao động đúng quy định; tham gia xây dựng quy chế chi tiêu nội bộ.',
  },
  {
    path: 'II.2',
    heading: '2. Công tác tuyên truyền, giáo dục chính trị, tư tưởng cho đoàn viên và CBCCVCLĐ',
    level: 2,
    body: 'Tổ chức 4 buổi sinh hoạt chuyên đề; 100% đoàn viên tham gia cuộc thi tìm hiểu pháp luật.',
  },
  {
    path: 'III',
    heading: 'III. TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN VÀ CÁC GIẢI PHÁP KHẮC PHỤC TRONG THỜI GIAN TỚI',
    level: 1,
    body: '',
  },
  {
    path: 'III.1',
    heading: '1. Tồn tại, hạn chế',
    level: 2,
    body: 'Một số hoạt động văn hóa, thể thao chưa thu hút đông đảo đoàn viên.',
  },
  {
    path: 'III.2',
    heading: '2. Nguyên nhân (khách quan, chủ quan)',
    level: 2,
    body: 'Khối lượng công việc chuyên môn lớn; kinh phí hạn chế.',
  },
  {
    path: 'III.3',
    heading: '3. Giải pháp khắc phục tồn tại, hạn chế',
    level: 2,
    body: 'Đổi mới hình thức tổ chức, gắn hoạt động với nhu cầu của đoàn viên.',
  },
  {
    path: 'IV',
    heading: 'IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2024',
    level: 1,
    body: 'Tiếp tục chăm lo đời sống, bảo vệ quyền lợi hợp pháp của đoàn viên; phát triển đoàn viên mới.',
  },
  {
    path: 'V',
    heading: 'V. NHỮNG KIẾN NGHỊ, ĐỀ XUẤT',
    level: 1,
    body: 'Đề nghị Công đoàn cấp trên tổ chức tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở.',
  },
];

/**
 * A report of one unit to the outline, with the required sections in `omit` (paths like "III.2") left
 * out — the way units really skip a section. A parent omitted takes its children with it.
 */
export function sampleReport(unit: string, omit: readonly string[] = []): SampleParagraph[] {
  const skipped = (path: string) => omit.some((o) => path === o || path.startsWith(`${o}.`));
  const paragraphs: SampleParagraph[] = [
    { text: 'CÔNG ĐOÀN VIÊN CHỨC TỈNH THANH HÓA', align: 'center' },
    { text: `CÔNG ĐOÀN ${unit.toUpperCase()}`, bold: true, align: 'center' },
    { text: 'Số: 15/BC-CĐCS', align: 'center' },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, align: 'center' },
    { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, align: 'center' },
    { text: 'Thanh Hóa, ngày 05 tháng 12 năm 2023', align: 'right' },
    { text: 'BÁO CÁO', bold: true, align: 'center' },
    {
      text: 'Kết quả hoạt động Công đoàn năm 2023, nhiệm vụ trọng tâm năm 2024',
      bold: true,
      align: 'center',
    },
    { text: 'Kính gửi: Ban Thường vụ Công đoàn Viên chức tỉnh Thanh Hóa.', align: 'center' },
    {
      text: `Thực hiện Hướng dẫn số 148/HD-CĐVC ngày 09/11/2023 của Ban Thường vụ Công đoàn Viên chức tỉnh, Công đoàn ${unit} báo cáo kết quả hoạt động Công đoàn năm 2023, nhiệm vụ trọng tâm năm 2024 như sau:`,
      align: 'justify',
    },
  ];
  for (const s of SECTIONS) {
    if (skipped(s.path)) continue;
    paragraphs.push({ text: s.heading, level: s.level, bold: true });
    if (s.body) paragraphs.push({ text: s.body, align: 'justify' });
  }
  paragraphs.push(
    {
      text: `Trên đây là báo cáo kết quả hoạt động Công đoàn năm 2023, nhiệm vụ trọng tâm năm 2024 của Công đoàn ${unit}./.`,
      align: 'justify',
    },
    { text: 'Nơi nhận:', bold: true },
    { text: '- Như trên;' },
    { text: '- Lưu: VT, BCH.' },
    { text: 'TM. BAN CHẤP HÀNH', bold: true, align: 'center' },
    { text: 'CHỦ TỊCH', bold: true, align: 'center' },
    { text: 'Lê Văn Minh', bold: true, align: 'center' },
  );
  return paragraphs;
}

/** As Google Docs paragraphs: headings in HEADING_1/HEADING_2 named styles. */
export function toGdocParagraphs(report: readonly SampleParagraph[]): GdocParagraph[] {
  const align = { center: 'CENTER', right: 'END', justify: 'JUSTIFIED' } as const;
  return report.map((p) => ({
    text: p.text,
    ...(p.level ? { style: p.level === 1 ? ('HEADING_1' as const) : ('HEADING_2' as const) } : {}),
    ...(p.bold && !p.level ? { bold: true } : {}),
    ...(p.align ? { align: align[p.align] } : {}),
  }));
}

/** As .docx paragraphs: headings in Word's Heading1/Heading2 styles. */
export function toDocxParagraphs(report: readonly SampleParagraph[]): DocxParagraph[] {
  const align = { center: 'center', right: 'right', justify: 'both' } as const;
  return report.map((p) => ({
    text: p.text,
    ...(p.level ? { style: p.level === 1 ? ('Heading1' as const) : ('Heading2' as const) } : {}),
    ...(p.bold ? { bold: true } : {}),
    ...(p.align ? { align: align[p.align] } : {}),
  }));
}
