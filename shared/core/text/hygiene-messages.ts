import type { Severity } from '../base/finding.ts';
import type { HygieneIssue } from './hygiene.ts';

// What each character fault found by scanHygiene (after hygieneRuns) is told (NĐ 30/2020, Phụ lục I,
// mục I.1: Unicode characters of TCVN 6909:2001).

const MESSAGES: Record<HygieneIssue['kind'], { severity: Severity; message: string; fix: string }> = {
  'replacement-char': {
    severity: 'error',
    message: 'Ký tự lỗi “�” (U+FFFD): chữ hoặc dấu gốc đã mất khi chuyển đổi tệp; gõ lại cho đúng.',
    fix: '',
  },
  'eth-for-dj': {
    severity: 'error',
    message:
      '“Ð” ở đây là chữ Eth (U+00D0), chỉ trông giống “Đ”; tìm kiếm, sắp xếp và đối chiếu ký hiệu sẽ sai.',
    fix: 'Thay bằng “Đ”',
  },
  'zero-width': {
    severity: 'warning',
    message: 'Có ký tự ẩn không độ rộng (zero-width); nên xoá.',
    fix: 'Xoá ký tự ẩn',
  },
  nbsp: {
    severity: 'info',
    message: 'Có dấu cách không ngắt (NBSP) thay cho dấu cách thường.',
    fix: 'Thay bằng dấu cách thường',
  },
  'not-nfc': {
    severity: 'warning',
    message:
      'Chữ có dấu viết ở dạng tổ hợp (dấu rời, không phải Unicode dựng sẵn NFC); tìm kiếm có thể không thấy.',
    fix: 'Chuẩn hoá sang dạng dựng sẵn',
  },
  'control-char': {
    severity: 'warning',
    message: 'Có ký tự điều khiển lạ trong văn bản; nên xoá.',
    fix: 'Xoá ký tự điều khiển',
  },
  'private-use': {
    severity: 'warning',
    message:
      'Có ký tự riêng của phông (Wingdings/Symbol) sẽ hiện thành ô vuông ở máy khác; thay bằng “-” hoặc “•”.',
    fix: '',
  },
  mojibake: {
    severity: 'error',
    message: 'Chữ bị lỗi mã hoá (UTF-8 bị đọc nhầm thành Latin-1, kiểu “Cá»™ng”); chuyển lại cho đúng.',
    fix: 'Sửa lỗi mã hoá',
  },
};

/** A zero-width space between two letters stands for a word space (see hygieneRuns). */
const ZERO_WIDTH_BETWEEN_LETTERS: Record<'space' | 'unsure', { message: string; fix: string }> = {
  space: {
    message:
      'Có ký tự ẩn không độ rộng (zero-width) đứng thay dấu cách giữa hai từ; thay bằng dấu cách thường.',
    fix: 'Thay bằng dấu cách',
  },
  unsure: {
    message:
      'Có ký tự ẩn không độ rộng (zero-width) giữa hai chữ; xoá nó, và thêm dấu cách nếu đây là hai từ.',
    fix: '',
  },
};

const LOST_BULLET = {
  severity: 'error' as const,
  message:
    'Ký tự lỗi “�” (U+FFFD) ở đầu đoạn: dấu đầu dòng của phông Wingdings/Symbol đã mất khi chuyển đổi tệp; thay bằng “-”.',
  fix: 'Thay bằng “-”',
};

/** The severity, message and fix label of one hygiene issue, in the officer's words. */
export function describeHygieneIssue(issue: HygieneIssue): {
  severity: Severity;
  message: string;
  fix: string;
} {
  const m = MESSAGES[issue.kind];
  if (issue.kind === 'replacement-char' && issue.replacement === '-') return LOST_BULLET;
  if (issue.kind !== 'zero-width' || issue.replacement === '') return m;
  return { ...m, ...ZERO_WIDTH_BETWEEN_LETTERS[issue.replacement === ' ' ? 'space' : 'unsure'] };
}
