import { abstractNum, docx, lvl, num, numbering, p, run, style, styles, tbl } from './docx-xml.ts';

/** The Thanh Hóa CĐCS annual report's sections (outline thanh-hoa-bao-cao-cdcs-nam-2023), without labels. */
const SECTIONS: Array<[1 | 2, string, string]> = [
  [
    1,
    'TÌNH HÌNH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, LAO ĐỘNG',
    'Đơn vị có 86 cán bộ, viên chức, người lao động; 84 đoàn viên.',
  ],
  [1, 'KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2023', ''],
  [
    2,
    'Công tác tham gia quản lý cơ quan, đơn vị',
    'Phối hợp tổ chức Hội nghị viên chức, người lao động đúng quy định.',
  ],
  [
    2,
    'Công tác tuyên truyền, giáo dục chính trị, tư tưởng cho đoàn viên và CBCCVCLĐ',
    'Tổ chức 4 buổi sinh hoạt chuyên đề.',
  ],
  [1, 'TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN VÀ CÁC GIẢI PHÁP KHẮC PHỤC TRONG THỜI GIAN TỚI', ''],
  [2, 'Tồn tại, hạn chế', 'Một số hoạt động văn hóa, thể thao chưa thu hút đông đảo đoàn viên.'],
  [2, 'Nguyên nhân (khách quan, chủ quan)', 'Khối lượng công việc chuyên môn lớn; kinh phí hạn chế.'],
  [
    2,
    'Giải pháp khắc phục tồn tại, hạn chế',
    'Đổi mới hình thức tổ chức, gắn hoạt động với nhu cầu của đoàn viên.',
  ],
  [
    1,
    'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2024',
    'Tiếp tục chăm lo đời sống, bảo vệ quyền lợi hợp pháp của đoàn viên.',
  ],
  [
    1,
    'NHỮNG KIẾN NGHỊ, ĐỀ XUẤT',
    'Đề nghị Công đoàn cấp trên tổ chức tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở.',
  ],
];

export interface WordReportOptions {
  /** The body's font and size (rFonts/sz of the Normal style): an NĐ 30 report is Times New Roman 14. */
  bodyFont?: string;
  bodyHalfPoints?: number;
  /** The body's w:sectPr; A4 with NĐ 30 margins by default. */
  sectPr?: string;
}

/**
 * A report as an officer writes it in Word: the NĐ 30 header table, a title, section headings whose
 * "I.", "1." Word draws from the heading styles' list (upper-Roman under decimal, restarting), body
 * text in the Normal style, Nơi nhận and the signature in a closing table.
 */
export function wordReport(o: WordReportOptions = {}): Promise<Buffer> {
  const font = o.bodyFont ?? 'Times New Roman';
  const sheet = styles(
    `<w:rFonts w:ascii="${font}" w:hAnsi="${font}"/><w:sz w:val="${o.bodyHalfPoints ?? 28}"/>`,
    style('Normal', { name: 'Normal', isDefault: true, pPr: '<w:jc w:val="both"/>' }),
    style('Heading1', {
      name: 'heading 1',
      basedOn: 'Normal',
      pPr: '<w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/>',
      rPr: `<w:b/><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>`,
    }),
    style('Heading2', {
      name: 'heading 2',
      basedOn: 'Heading1',
      pPr: '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/>',
    }),
    style('HeaderCell', {
      name: 'Đầu văn bản',
      basedOn: 'Normal',
      pPr: '<w:jc w:val="center"/>',
      rPr: '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/>',
    }),
  );
  const lists = numbering(
    abstractNum(
      0,
      lvl(0, { fmt: 'upperRoman', text: '%1.', start: 1, pStyle: 'Heading1' }),
      lvl(1, { fmt: 'decimal', text: '%2.', start: 1, pStyle: 'Heading2' }),
    ),
    num(1, 0),
  );
  const header = tbl([
    [
      p('CÔNG ĐOÀN VIÊN CHỨC TỈNH THANH HÓA', { style: 'HeaderCell' }) +
        p('CÔNG ĐOÀN TRƯỜNG THPT HÀM RỒNG', { style: 'HeaderCell', rPr: '<w:b/>' }) +
        p('Số: 15/BC-CĐCS', { style: 'HeaderCell' }),
      p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { style: 'HeaderCell', rPr: '<w:b/>' }) +
        p('Độc lập - Tự do - Hạnh phúc', { style: 'HeaderCell', rPr: '<w:b/><w:sz w:val="28"/>' }) +
        p('Thanh Hóa, ngày 05 tháng 12 năm 2023', { style: 'HeaderCell', rPr: '<w:i/><w:sz w:val="28"/>' }),
    ],
  ]);
  const title =
    p('BÁO CÁO', { jc: 'center', rPr: '<w:b/><w:rFonts w:ascii="Times New Roman"/><w:sz w:val="28"/>' }) +
    p('Kết quả hoạt động Công đoàn năm 2023, nhiệm vụ trọng tâm năm 2024', {
      jc: 'center',
      rPr: '<w:b/><w:rFonts w:ascii="Times New Roman"/><w:sz w:val="28"/>',
    });
  const sections = SECTIONS.map(
    ([level, heading, body]) => p(heading, { style: `Heading${level}` }) + (body ? p(body) : ''),
  ).join('');
  const closing = tbl([
    [
      p(run('Nơi nhận:', '<w:b/><w:i/><w:rFonts w:ascii="Times New Roman"/><w:sz w:val="24"/>')) +
        p('- Công đoàn Viên chức tỉnh;\n- Lưu: VT.', {
          rPr: '<w:rFonts w:ascii="Times New Roman"/><w:sz w:val="22"/>',
        }),
      p('TM. BAN CHẤP HÀNH\nCHỦ TỊCH', {
        jc: 'center',
        rPr: '<w:b/><w:rFonts w:ascii="Times New Roman"/><w:sz w:val="28"/>',
      }) +
        p('Lê Văn An', {
          jc: 'center',
          rPr: '<w:b/><w:rFonts w:ascii="Times New Roman"/><w:sz w:val="28"/>',
        }),
    ],
  ]);
  const parts = { body: header + title + sections + closing, styles: sheet, numbering: lists };
  return docx(o.sectPr === undefined ? parts : { ...parts, sectPr: o.sectPr });
}
