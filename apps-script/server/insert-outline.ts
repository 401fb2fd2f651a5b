import { renderSkeleton } from '../../shared/core/outline/render-skeleton.ts';
import { skeletonLayout } from '../../shared/core/outline/skeleton-layout.ts';
import { placeCursorAfter, placeCursorAt } from './cursor.ts';
import { documentApp, type GBody } from './gas-api.ts';
import { insertPoint } from './insert-position.ts';
import { findOutline } from './outlines.ts';
import { activeBody } from './read-document.ts';
import { UserError } from './result.ts';
import { parseParams, saveOutlineId, saveParams } from './settings.ts';
import { writePieces } from './write-blocks.ts';

const PT_PER_MM = 72 / 25.4;
/** A4 and NĐ 30's margins (Phụ lục I, I.5): top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const PAGE = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 };

/**
 * Inserts the outline's skeleton at the cursor (or at the start of an empty document, which also
 * gets A4 and NĐ 30 margins), laid out by the core as every writing host lays it out, puts the
 * cursor after it, and remembers the unit's parameters for next time.
 */
export function insertOutline(
  outlineId: string,
  rawParams: unknown,
  today = new Date(),
): { message: string } {
  const params = parseParams(rawParams ?? {});
  if (!params)
    throw new UserError('Các thông số (đơn vị, năm, số, ngày…) không hợp lệ; hãy kiểm tra lại biểu mẫu.');
  const outline = findOutline(outlineId);
  const document = documentApp().getActiveDocument();
  const body = activeBody(document);
  const empty = body.getText().trim() === '';
  const point = insertPoint(document, body, false, empty);
  const blocks = renderSkeleton(outline, params, today);
  const atEnd = point.index >= body.getNumChildren();
  const end = writePieces(point, skeletonLayout(blocks));
  // The officer goes on after the skeleton, and a second insert lands after the first. Docs cannot end
  // a body with a table: at the end, the empty paragraph kept after the signature table takes the cursor.
  if (atEnd) placeCursorAt(document, body.insertParagraph(end, ''));
  else placeCursorAfter(document, body, end);
  if (empty) setUpPage(body);
  saveParams(params);
  saveOutlineId(outline.id);
  const sections = blocks.filter((b) => b.role === 'heading' && b.sectionId).length;
  const prompts = blocks.filter((b) => b.role === 'guidance').length;
  const where =
    point.from === 'selection' ? ' sau vùng đang chọn' : empty ? ' (khổ A4, lề theo Nghị định 30)' : '';
  return {
    message: `Đã chèn đề cương “${outline.title}”${where}: ${sections} dòng tiêu đề mục, ${prompts} đoạn gợi ý in nghiêng màu xám. Thay từng đoạn gợi ý bằng nội dung của đơn vị.`,
  };
}

function setUpPage(body: GBody): void {
  body.setPageWidth(PAGE.width * PT_PER_MM);
  body.setPageHeight(PAGE.height * PT_PER_MM);
  body.setMarginTop(PAGE.top * PT_PER_MM);
  body.setMarginBottom(PAGE.bottom * PT_PER_MM);
  body.setMarginLeft(PAGE.left * PT_PER_MM);
  body.setMarginRight(PAGE.right * PT_PER_MM);
}
