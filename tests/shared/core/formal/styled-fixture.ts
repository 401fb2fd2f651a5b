import type { Block, BlockStyle, DocModel, PageSetup } from '../../../../shared/core/document/doc-model.ts';

/** NĐ 30/2020, Phụ lục I, mục I.1–I.3: A4 portrait, margins top/bottom 20, left 30, right 15 mm. */
export const A4_PAGE: PageSetup = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
};

const TNR = 'Times New Roman';
const cell = (table: number, c: number) => ({ table, row: 0, cell: c });
const p = (text: string, style: BlockStyle, table?: Block['table']): Block =>
  table
    ? { text, style: { fontFamily: TNR, ...style }, table }
    : { text, style: { fontFamily: TNR, ...style } };
const body: BlockStyle = { fontSizePt: 14, alignment: 'justify', indentFirstLinePt: 28.35 };

/** Where each NĐ 30 element sits in {@link styledReport}, by block index. */
export const AT = {
  chuQuan: 0,
  banHanh: 1,
  so: 2,
  quocHieu: 3,
  tieuNgu: 4,
  date: 5,
  tenLoai: 6,
  trichYeu: 7,
  kinhGui: 8,
  opening: 9,
  heading: 10,
  body: 11,
  lastBody: 16,
  noiNhan: 17,
  noiNhanLine: 18,
  luu: 19,
  authority: 20,
  title: 21,
  name: 22,
} as const;

/**
 * A báo cáo sent upward, formed and styled exactly as NĐ 30/2020 Phụ lục I asks (sizes, bold, italic,
 * font, page) and laid out as Google Docs holds it: the two-column header table, the body, and the
 * two-column bottom table with Nơi nhận on the left and the signature on the right.
 */
export function styledReport(): DocModel {
  const blocks: Block[] = [
    p('LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG', { fontSizePt: 12, alignment: 'center' }, cell(0, 0)),
    p('CÔNG ĐOÀN NGÀNH GIÁO DỤC', { fontSizePt: 12, bold: true, alignment: 'center' }, cell(0, 0)),
    p('Số: 42/BC-CĐN', { fontSizePt: 13, alignment: 'center' }, cell(0, 0)),
    p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { fontSizePt: 12, bold: true, alignment: 'center' }, cell(0, 1)),
    p('Độc lập - Tự do - Hạnh phúc', { fontSizePt: 13, bold: true, alignment: 'center' }, cell(0, 1)),
    p(
      'Cao Bằng, ngày 10 tháng 6 năm 2021',
      { fontSizePt: 13, italic: true, alignment: 'center' },
      cell(0, 1),
    ),
    p('BÁO CÁO', { fontSizePt: 14, bold: true, alignment: 'center' }),
    p('Kết quả hoạt động công đoàn 6 tháng đầu năm 2021', {
      fontSizePt: 14,
      bold: true,
      alignment: 'center',
    }),
    p('Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Cao Bằng.', { fontSizePt: 14, alignment: 'center' }),
    p(
      'Thực hiện Công văn số 745/LĐLĐ-VP ngày 25/5/2021 của Ban Thường vụ Liên đoàn Lao động tỉnh, Ban Thường vụ Công đoàn ngành Giáo dục báo cáo như sau:',
      body,
    ),
    p('I. ĐẶC ĐIỂM TÌNH HÌNH', { fontSizePt: 14, bold: true, headingLevel: 1 }),
    p('Toàn ngành có 9.842 cán bộ, giáo viên, nhân viên; tư tưởng đoàn viên ổn định.', body),
    p('II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN', { fontSizePt: 14, bold: true, headingLevel: 1 }),
    p('1. Công tác chăm lo đời sống đoàn viên', { fontSizePt: 14, bold: true, headingLevel: 2 }),
    p('Đã hỗ trợ 214 đoàn viên bị ảnh hưởng bởi dịch với tổng số tiền 321 triệu đồng.', body),
    p('2. Công tác phát triển đoàn viên', { fontSizePt: 14, bold: true, headingLevel: 2 }),
    p(
      'Trên đây là báo cáo kết quả hoạt động công đoàn 6 tháng đầu năm 2021 của Công đoàn ngành Giáo dục./.',
      body,
    ),
    p('Nơi nhận:', { fontSizePt: 12, bold: true, italic: true }, cell(1, 0)),
    p('- Như trên;', { fontSizePt: 11 }, cell(1, 0)),
    p('- Lưu: VT, VP.', { fontSizePt: 11 }, cell(1, 0)),
    p('TM. BAN THƯỜNG VỤ', { fontSizePt: 14, bold: true, alignment: 'center' }, cell(1, 1)),
    p('CHỦ TỊCH', { fontSizePt: 14, bold: true, alignment: 'center' }, cell(1, 1)),
    p('Hoàng Văn Minh', { fontSizePt: 14, bold: true, alignment: 'center' }, cell(1, 1)),
  ];
  return { blocks, meta: { name: 'bao-cao-dung-nd30', source: 'gdoc', styled: true, page: { ...A4_PAGE } } };
}

/** The fixture with one block's style changed. */
export function withStyle(block: number, style: BlockStyle): DocModel {
  const doc = styledReport();
  const b = doc.blocks[block];
  if (b) b.style = { ...b.style, ...style };
  return doc;
}
