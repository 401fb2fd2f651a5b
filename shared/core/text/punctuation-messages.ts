import type { SpacingKind } from './spacing-faults.ts';
import type { StopFault } from './stop-faults.ts';

const NGUYEN_TAC = 'nguyên tắc trình bày thống nhất trong một văn bản';
const DAU_CAU = 'quy tắc dấu câu tiếng Việt';

/** What khoang-trang says of each kind of spacing fault, and the label of its fix. */
export const SPACING_MESSAGES: Record<SpacingKind, { why: (quote: string) => string; label: string }> = {
  'double-space': {
    why: (q) => `Có hai dấu cách liền nhau ở “${q}”; giữa hai từ chỉ một dấu cách (${NGUYEN_TAC}).`,
    label: 'Để một dấu cách',
  },
  'space-before': {
    why: (q) => `Thừa dấu cách trước dấu câu ở “${q}”: dấu câu viết liền chữ đứng trước (${NGUYEN_TAC}).`,
    label: 'Bỏ dấu cách thừa',
  },
  'no-space-after': {
    why: (q) => `Thiếu dấu cách sau dấu câu ở “${q}” (${NGUYEN_TAC}).`,
    label: 'Thêm dấu cách',
  },
  'glued-unit': {
    why: (q) =>
      `Số và đơn vị đo viết liền ở “${q}”: giữa số và đơn vị có một dấu cách (TCVN 7870-1, ${NGUYEN_TAC}).`,
    label: 'Thêm dấu cách',
  },
  'glued-word': {
    why: (q) => `Số viết liền với chữ ở “${q}”: thiếu dấu cách (${NGUYEN_TAC}).`,
    label: 'Thêm dấu cách',
  },
  'percent-spaced': {
    why: (q) => `Dấu “%” tách khỏi số ở “${q}” trong khi văn bản viết liền ở chỗ khác (${NGUYEN_TAC}).`,
    label: 'Viết liền “%”',
  },
  'inside-bracket': {
    why: (q) => `Thừa dấu cách ngay trong ngoặc ở “${q}” (${NGUYEN_TAC}).`,
    label: 'Bỏ dấu cách thừa',
  },
  'split-syllable': {
    why: (q) => `Một chữ bị tách đôi bởi dấu cách ở “${q}” (${NGUYEN_TAC}).`,
    label: 'Viết liền thành một chữ',
  },
  'glued-quote': {
    why: (q) => `Dấu ngoặc kép viết liền với từ bên ngoài ở “${q}”: thiếu dấu cách (${NGUYEN_TAC}).`,
    label: 'Thêm dấu cách',
  },
  'glued-capitals': {
    why: (q) => `Hai chữ viết liền nhau, thiếu dấu cách ở “${q}” (${NGUYEN_TAC}).`,
    label: 'Thêm dấu cách',
  },
};

/** What dau-cau says of each full stop out of place. */
export const STOP_MESSAGES: Record<StopFault['kind'], string> = {
  doubled: `Thừa một dấu chấm (“..”) (${DAU_CAU}).`,
  'four-dots': 'Sau dấu phẩy viết ba dấu chấm “,...”, không phải bốn (NĐ 30/2020, Phụ lục II viết “,...”).',
  'vv-colon': 'Sau “V/v” không có dấu hai chấm (NĐ 30/2020, Phụ lục I, mục II.5.b; Mẫu 1.5).',
  'stop-in-sentence': `Dấu chấm giữa câu, trước một chữ thường: có lẽ là dấu phẩy (${DAU_CAU}).`,
};
