import type { SnippetGroup } from '../core/snippets/snippet-schema.ts';

/** The Vietnamese name of each snippet group, as the browser lists them. */
export const GROUP_LABELS: Readonly<Record<SnippetGroup, string>> = {
  'tieu-de': 'Tiêu đề, số, ngày tháng',
  'kinh-gui': 'Kính gửi',
  'can-cu': 'Căn cứ',
  'mo-dau': 'Mở đầu',
  'ket-thuc': 'Kết thúc',
  'noi-nhan': 'Nơi nhận',
  'chu-ky': 'Chữ ký',
  'cum-tu': 'Cụm từ thường dùng',
};

/** The groups in library order. */
export const GROUP_ORDER = Object.keys(GROUP_LABELS) as SnippetGroup[];
