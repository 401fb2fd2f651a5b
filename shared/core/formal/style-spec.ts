/** The parts of a document whose font size and style NĐ 30/2020 sets (Phụ lục I, Phần I, mục II, mục V). */
export type FormalElement =
  | 'quoc-hieu'
  | 'tieu-ngu'
  | 'co-quan-chu-quan'
  | 'co-quan-ban-hanh'
  | 'so-ky-hieu'
  | 'dia-danh-ngay'
  | 'ten-loai'
  | 'trich-yeu'
  | 'trich-yeu-cong-van'
  | 'kinh-gui'
  | 'can-cu'
  | 'tieu-de'
  | 'noi-dung'
  | 'quyen-han'
  | 'chuc-vu'
  | 'ho-ten'
  | 'noi-nhan'
  | 'noi-nhan-dong';

/** What NĐ 30 asks of one element: size range in points; bold/italic true = required, false = forbidden. */
export interface ElementSpec {
  label: string;
  sizes: readonly [number, number];
  bold?: boolean;
  italic?: boolean;
  /** Where NĐ 30/2020, Phụ lục I, Phần I says so. */
  cite: string;
}

/** NĐ 30/2020, Phụ lục I: "đứng" = upright (not italic), "đậm" = bold; "đứng" alone = neither bold nor italic. */
export const ELEMENT_SPECS: Readonly<Record<FormalElement, ElementSpec>> = {
  'quoc-hieu': { label: 'Quốc hiệu', sizes: [12, 13], bold: true, italic: false, cite: 'mục II.1.a' },
  'tieu-ngu': { label: 'Tiêu ngữ', sizes: [13, 14], bold: true, italic: false, cite: 'mục II.1.b' },
  'co-quan-chu-quan': {
    label: 'tên cơ quan chủ quản',
    sizes: [12, 13],
    bold: false,
    italic: false,
    cite: 'mục II.2.b',
  },
  'co-quan-ban-hanh': {
    label: 'tên cơ quan ban hành',
    sizes: [12, 13],
    bold: true,
    italic: false,
    cite: 'mục II.2.b',
  },
  'so-ky-hieu': { label: 'số, ký hiệu', sizes: [13, 13], bold: false, italic: false, cite: 'mục II.3.c' },
  'dia-danh-ngay': {
    label: 'địa danh và ngày tháng',
    sizes: [13, 14],
    bold: false,
    italic: true,
    cite: 'mục II.4.c',
  },
  'ten-loai': { label: 'tên loại văn bản', sizes: [13, 14], bold: true, italic: false, cite: 'mục II.5.b' },
  'trich-yeu': { label: 'trích yếu', sizes: [13, 14], bold: true, italic: false, cite: 'mục II.5.b' },
  'trich-yeu-cong-van': {
    label: 'trích yếu công văn (V/v)',
    sizes: [12, 13],
    bold: false,
    italic: false,
    cite: 'mục II.5.b',
  },
  'kinh-gui': {
    label: '“Kính gửi” và nơi gửi',
    sizes: [13, 14],
    bold: false,
    italic: false,
    cite: 'mục II.9.d',
  },
  'can-cu': { label: 'căn cứ ban hành', sizes: [13, 14], italic: true, cite: 'mục II.6.a' },
  'tieu-de': { label: 'tiêu đề phần, mục', sizes: [13, 14], cite: 'mục II.6.đ' },
  'noi-dung': { label: 'nội dung', sizes: [13, 14], cite: 'mục II.6.e' },
  'quyen-han': {
    label: 'quyền hạn người ký',
    sizes: [13, 14],
    bold: true,
    italic: false,
    cite: 'mục II.7.đ',
  },
  'chuc-vu': { label: 'chức vụ người ký', sizes: [13, 14], bold: true, italic: false, cite: 'mục II.7.đ' },
  'ho-ten': { label: 'họ tên người ký', sizes: [13, 14], bold: true, italic: false, cite: 'mục II.7.đ' },
  'noi-nhan': { label: '“Nơi nhận:”', sizes: [12, 12], bold: true, italic: true, cite: 'mục II.9.d' },
  'noi-nhan-dong': {
    label: 'danh sách nơi nhận',
    sizes: [11, 11],
    bold: false,
    italic: false,
    cite: 'mục II.9.d',
  },
};

/** The Vietnamese way to print a size range: "13–14 pt", or "12 pt". */
export function sizeRange([min, max]: readonly [number, number]): string {
  return min === max ? `${min} pt` : `${min}–${max} pt`;
}

/** A number as Vietnamese prints it: "25,4", "12". */
export function viNumber(n: number): string {
  return String(Math.round(n * 10) / 10).replace('.', ',');
}
