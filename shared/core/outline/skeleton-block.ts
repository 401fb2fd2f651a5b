import { z } from 'zod';
import { BlockStyle } from '../document/doc-model.ts';

/** What a rendered skeleton paragraph is for; hosts map roles to their own styles. */
export const SkeletonRole = z.enum([
  'header', // a line of the two-column header table (column says which)
  'title', // tên loại: KẾ HOẠCH
  'subject', // trích yếu, V/v …
  'recipient', // Kính gửi
  'opening', // "Thực hiện …" paragraph
  'heading', // a section heading (level says how deep)
  'guidance', // a prompt the writer replaces; the checker flags it when left in
  'closing', // "Trên đây là … ./."
  'noi-nhan', // Nơi nhận and its lines
  'signature', // TM. …, CHỨC VỤ, signer
]);
export type SkeletonRole = z.infer<typeof SkeletonRole>;

export const SkeletonBlock = z.object({
  role: SkeletonRole,
  text: z.string(),
  /** Heading depth, 1 = outermost, for role "heading". */
  level: z.number().int().min(1).optional(),
  /** For role "header": which column of the header table. */
  column: z.enum(['left', 'right']).optional(),
  /** Outline section id, for headings and guidance. */
  sectionId: z.string().optional(),
  /**
   * A solid line NĐ 30 draws under this line (Phụ lục I, II.1.b, II.2.b, II.5.b): "text" as long as
   * the text (Tiêu ngữ), "part" 1/3 to 1/2 of it (tên cơ quan ban hành, trích yếu). Formats that can
   * draw (.docx) draw it; text formats leave it out.
   */
  ruleBelow: z.enum(['text', 'part']).optional(),
  style: BlockStyle,
});
export type SkeletonBlock = z.infer<typeof SkeletonBlock>;
