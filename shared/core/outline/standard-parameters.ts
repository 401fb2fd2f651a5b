import type { Parameter } from './outline-schema.ts';

/** The parameters every generated outline offers: who issues it, its number, place, date and signer. */
export const STANDARD_PARAMETERS: Parameter[] = [
  { id: 'capTren', label: 'Công đoàn cấp trên trực tiếp', kind: 'text' },
  { id: 'donVi', label: 'Đơn vị ban hành', kind: 'text' },
  { id: 'so', label: 'Số văn bản (để trống khi còn là dự thảo)', kind: 'text' },
  { id: 'kyHieu', label: 'Ký hiệu (ví dụ BC-CĐCS)', kind: 'text' },
  { id: 'diaDanh', label: 'Địa danh', kind: 'text' },
  { id: 'ngay', label: 'Ngày ban hành', kind: 'date' },
  { id: 'nam', label: 'Năm báo cáo', kind: 'number' },
  { id: 'kinhGui', label: 'Kính gửi', kind: 'text' },
  { id: 'donViSoanThao', label: 'Đơn vị soạn thảo (cho dòng Lưu)', kind: 'text' },
  { id: 'nguoiKy', label: 'Người ký', kind: 'text' },
];
