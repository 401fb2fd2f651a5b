import { documentApp } from './gas-api.ts';
import { insertPoint } from './insert-position.ts';
import { activeBody } from './read-document.ts';
import { UserError } from './result.ts';
import { isShortString } from './shape-check.ts';
import { writePieces } from './write-blocks.ts';

/**
 * khungInsertSnippet: one line goes into the text at the cursor (Position.insertText); several lines
 * become paragraphs in body style after the cursor's paragraph (inside a table cell when the cursor
 * is in one, e.g. the signature table).
 */
export function insertSnippet(raw: unknown): { ok: true; message: string } {
  if (!isShortString(raw, 20_000)) throw new UserError('Đoạn mẫu quá dài hoặc không phải văn bản.');
  const text = raw.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  if (text.trim() === '') throw new UserError('Đoạn mẫu đang trống: hãy điền nội dung rồi chèn lại.');
  const document = documentApp().getActiveDocument();
  const lines = text.split('\n');
  const cursor = document.getCursor();
  if (lines.length === 1 && cursor && cursor.insertText(text)) {
    return { ok: true, message: 'Đã chèn đoạn mẫu tại con trỏ.' };
  }
  const point = insertPoint(document, activeBody(document), true);
  writePieces(
    point,
    lines.map((line) => ({
      kind: 'paragraph' as const,
      line: { text: line, style: { alignment: 'justify' as const } },
    })),
  );
  return {
    ok: true,
    message: `Đã chèn ${lines.length} dòng của đoạn mẫu${point.from === 'selection' ? ' sau vùng đang chọn' : ''}.`,
  };
}
