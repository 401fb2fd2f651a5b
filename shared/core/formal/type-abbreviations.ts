import type { DocumentType } from '../outline/outline-schema.ts';

/** One row of the NĐ 30 type table: the type, its tên loại in capitals, its code in a ký hiệu. */
export interface TypeAbbreviation {
  /** The code as NĐ 30 writes it, case included ("TTr", "QyĐ", "CTr"). */
  code: string;
  /** The type's name in sentence case ("Tờ trình"). */
  name: string;
  /** The tên loại line ("TỜ TRÌNH"). */
  title: string;
  /** The outline DocumentType it corresponds to, for the types outlines know. */
  documentType?: DocumentType;
}

/**
 * NĐ 30/2020, Phụ lục III, mục I: abbreviations of document types (Điều 7 types, plus copies).
 * Công văn and thư công have no code (Phụ lục I, mục II.3): their ký hiệu is body-unit.
 */
export const TYPE_ABBREVIATIONS: readonly TypeAbbreviation[] = [
  { code: 'NQ', name: 'Nghị quyết', title: 'NGHỊ QUYẾT', documentType: 'nghi-quyet' },
  { code: 'QĐ', name: 'Quyết định', title: 'QUYẾT ĐỊNH', documentType: 'quyet-dinh' },
  { code: 'CT', name: 'Chỉ thị', title: 'CHỈ THỊ' },
  { code: 'QC', name: 'Quy chế', title: 'QUY CHẾ' },
  { code: 'QyĐ', name: 'Quy định', title: 'QUY ĐỊNH' },
  { code: 'TC', name: 'Thông cáo', title: 'THÔNG CÁO' },
  { code: 'TB', name: 'Thông báo', title: 'THÔNG BÁO', documentType: 'thong-bao' },
  { code: 'HD', name: 'Hướng dẫn', title: 'HƯỚNG DẪN', documentType: 'huong-dan' },
  { code: 'CTr', name: 'Chương trình', title: 'CHƯƠNG TRÌNH', documentType: 'chuong-trinh' },
  { code: 'KH', name: 'Kế hoạch', title: 'KẾ HOẠCH', documentType: 'ke-hoach' },
  { code: 'PA', name: 'Phương án', title: 'PHƯƠNG ÁN' },
  { code: 'ĐA', name: 'Đề án', title: 'ĐỀ ÁN' },
  { code: 'DA', name: 'Dự án', title: 'DỰ ÁN' },
  { code: 'BC', name: 'Báo cáo', title: 'BÁO CÁO', documentType: 'bao-cao' },
  { code: 'BB', name: 'Biên bản', title: 'BIÊN BẢN' },
  { code: 'TTr', name: 'Tờ trình', title: 'TỜ TRÌNH', documentType: 'to-trinh' },
  { code: 'HĐ', name: 'Hợp đồng', title: 'HỢP ĐỒNG' },
  { code: 'CĐ', name: 'Công điện', title: 'CÔNG ĐIỆN' },
  { code: 'BGN', name: 'Bản ghi nhớ', title: 'BẢN GHI NHỚ' },
  { code: 'BTT', name: 'Bản thỏa thuận', title: 'BẢN THỎA THUẬN' },
  { code: 'GUQ', name: 'Giấy ủy quyền', title: 'GIẤY ỦY QUYỀN' },
  { code: 'GM', name: 'Giấy mời', title: 'GIẤY MỜI' },
  { code: 'GGT', name: 'Giấy giới thiệu', title: 'GIẤY GIỚI THIỆU' },
  { code: 'GNP', name: 'Giấy nghỉ phép', title: 'GIẤY NGHỈ PHÉP' },
  { code: 'PG', name: 'Phiếu gửi', title: 'PHIẾU GỬI' },
  { code: 'PC', name: 'Phiếu chuyển', title: 'PHIẾU CHUYỂN' },
  { code: 'PB', name: 'Phiếu báo', title: 'PHIẾU BÁO' },
  // Copies (Phụ lục III, mục I): bản sao y, trích sao, sao lục.
  { code: 'SY', name: 'Bản sao y', title: 'BẢN SAO Y' },
  { code: 'TrS', name: 'Bản trích sao', title: 'BẢN TRÍCH SAO' },
  { code: 'SL', name: 'Bản sao lục', title: 'BẢN SAO LỤC' },
];

/** Display names of the DocumentTypes that have no code, for messages. */
const NO_CODE_NAMES: Partial<Record<DocumentType, string>> = {
  'cong-van': 'Công văn',
  'de-cuong': 'Đề cương',
};

/** A type by its code; exact case first ("CT" Chỉ thị vs "CTr" Chương trình), then ignoring case. */
export function typeByCode(code: string): TypeAbbreviation | undefined {
  const exact = TYPE_ABBREVIATIONS.find((t) => t.code === code);
  if (exact) return exact;
  const upper = code.toLocaleUpperCase('vi');
  const loose = TYPE_ABBREVIATIONS.filter((t) => t.code.toLocaleUpperCase('vi') === upper);
  return loose.length === 1 ? loose[0] : undefined;
}

/** The type whose tên loại starts a capitals line ("KẾ HOẠCH", "BÁO CÁO SƠ KẾT …"); longest name wins. */
export function typeByTitle(line: string): TypeAbbreviation | undefined {
  const text = line
    .replace(/^[“"«(\s]+/u, '')
    .toLocaleUpperCase('vi')
    .replace(/HOÀ/gu, 'HÒA')
    .replace(/UỶ/gu, 'ỦY');
  let best: TypeAbbreviation | undefined;
  for (const t of TYPE_ABBREVIATIONS) {
    if (!text.startsWith(t.title) || /\p{L}/u.test(text.charAt(t.title.length))) continue;
    if (!best || t.title.length > best.title.length) best = t;
  }
  return best;
}

/** The type row of an outline DocumentType, or undefined for types without a code (công văn, đề cương). */
export function typeOfDocumentType(type: DocumentType): TypeAbbreviation | undefined {
  return TYPE_ABBREVIATIONS.find((t) => t.documentType === type);
}

/** A DocumentType's name for messages ("Kế hoạch", "Công văn"). */
export function documentTypeName(type: DocumentType): string {
  return typeOfDocumentType(type)?.name ?? NO_CODE_NAMES[type] ?? type;
}
