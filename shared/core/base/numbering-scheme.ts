import { z } from 'zod';

/**
 * How a heading is numbered. The order of this list is the default nesting order, outermost first.
 * A base type: the heading reader finds these schemes and the outline schema names them, so it sits
 * below both.
 */
export const NumberingScheme = z.enum([
  'phan', // PHẦN THỨ NHẤT, Phần I
  'chuong', // Chương I
  'muc', // Mục 1
  'tieu-muc', // Tiểu mục 1
  'dieu', // Điều 1.
  'upper-letter', // A.
  'roman', // I.
  'arabic', // 1.
  'decimal2', // 1.1.
  'decimal3', // 1.1.1.
  'letter-paren', // a)
  'letter-dot', // a.
  'none', // a heading without a number (a title line, "Nơi nhận")
]);
export type NumberingScheme = z.infer<typeof NumberingScheme>;
