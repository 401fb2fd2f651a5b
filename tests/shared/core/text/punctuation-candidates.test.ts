import { describe, expect, it } from 'vitest';
import { scanDashes } from '../../../../shared/core/text/dash-faults.ts';
import {
  candidateFlags,
  DASH,
  PAIR,
  SPACING,
  STOP,
} from '../../../../shared/core/text/punctuation-candidates.ts';
import { scanPairs } from '../../../../shared/core/text/quote-pairs.ts';
import { scanSpacing } from '../../../../shared/core/text/spacing-faults.ts';
import { scanStops } from '../../../../shared/core/text/stop-faults.ts';

const SAMPLES = [
  'Công đoàn cơ sở đã tổ chức hội nghị tổng kết năm 2025.',
  'Ban Thường vụ  đã họp; thành phần :',
  'Đoàn viên học giỏi,lao động tốt, trồng 15ha rừng, đạt 95 %.',
  'Phong trào “ Xanh - Sạch - Đẹp ” tại cơ sở ( khu vực phía Bắc ).',
  'Cuộc thi“Tìm hiểu” và chương trình "Mái ấm” năm 2026- 2030.',
  'Phòng chống dịch bệnh.. quản lý. vận hành, sạt lở,....',
  '“V/v: tổ chức hội nghị',
  'Thực hiện theo qu y chế; công tác thu- chi; tổ chức chính trị-xã hội.',
  'Gửi trước ngày 15/6/2026 thứ Hai) về Văn phòng; ‘‘học tập’’ (chưa đóng',
];

describe('candidateFlags', () => {
  it('flags every paragraph in which a rule’s own scan finds something', () => {
    SAMPLES.forEach((text) => {
      const f = candidateFlags(text);
      const spacing = scanSpacing(text);
      if (spacing.faults.length > 0 || spacing.percentGlued > 0) expect(f & SPACING, text).toBe(SPACING);
      if (scanDashes(text).length > 0) expect(f & DASH, text).toBe(DASH);
      if (scanPairs(text).length > 0) expect(f & PAIR, text).toBe(PAIR);
      if (scanStops(text).length > 0) expect(f & STOP, text).toBe(STOP);
    });
  });

  it('flags nothing in plain prose', () => {
    expect(candidateFlags('Công đoàn cơ sở đã tổ chức tốt các hoạt động chăm lo cho đoàn viên')).toBe(0);
  });
});
