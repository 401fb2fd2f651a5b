import { alignmentOf, headingFor, headingLevelOf } from './enum-values.ts';
import type { GBody, GDocument, GParagraph, GTable } from './gas-api.ts';
import { activeBody, readDocument } from './read-document.ts';
import { UserError } from './result.ts';
import { type Attempt, errorText } from './self-test.ts';
import { attributesFor, FONT, styleParagraph } from './write-style.ts';

// The self-test's document checks: every DocumentApp call the add-on depends on, made on the open
// document. What it writes (one paragraph and one table) goes before the body's last paragraph, never
// after it (a body cannot end with a table, and Apps Script refuses to remove "the last paragraph in
// a document section"), and is removed in `finally`, whatever failed; the last check proves the text
// is as it was.

const SCRATCH = 'Khung — dòng thử của “Kiểm tra cài đặt” (sẽ tự xoá)';

/** What each document check tries, as the sidebar lists it. */
const LABEL = {
  read: 'Đọc văn bản và khổ giấy',
  tabs: 'Thẻ đang mở của văn bản',
  cursor: 'Con trỏ và vùng chọn',
  paragraph: 'Chèn, định dạng và xoá một đoạn',
  heading: 'Kiểu đề mục (Heading 1 đến 6)',
  table: 'Chèn và xoá một bảng',
  trace: 'Văn bản trở lại như cũ sau phép thử',
} as const;

/** What the document checks share: the document, the active tab's body, and the text before. */
interface Ground {
  document: GDocument;
  body: GBody;
  children: number;
  text: string;
}

/** A read-back that differs from what was written: Khung's own finding, not Google's error. */
function must(condition: boolean, what: string): void {
  if (!condition) throw new UserError(`Đọc lại không khớp: ${what}.`);
}

/** Runs the document checks in order; `attempt` records each one's ✓/✗. */
export function documentChecks(attempt: Attempt, app: () => { getActiveDocument(): GDocument }): void {
  let ground: Ground | null = null;
  attempt('read', LABEL.read, () => {
    const document = app().getActiveDocument();
    // As every call of the add-on reads it: the active tab, or the body where tabs are not offered.
    const body = activeBody(document);
    ground = { document, body, children: body.getNumChildren(), text: body.getText() };
    const read = readDocument();
    const tables = body.getTables().length;
    const page = read.doc.meta.page;
    const size = page ? `, khổ ${Math.round(page.widthMm)} × ${Math.round(page.heightMm)} mm` : '';
    return `${read.doc.blocks.length} đoạn có chữ, ${tables} bảng${size}.`;
  });
  const g = ground as Ground | null;
  if (!g) {
    for (const id of ['tabs', 'cursor', 'paragraph', 'heading', 'table', 'trace'] as const)
      attempt(id, LABEL[id], notTried('không đọc được văn bản'));
    return;
  }
  attempt('tabs', LABEL.tabs, () => {
    // The fallback above hides a failure here; said apart, since the add-on then reads the first tab only.
    g.document.getActiveTab().asDocumentTab().getBody();
    return 'Khung đọc đúng thẻ đang mở.';
  });
  attempt('cursor', LABEL.cursor, () => cursorState(g.document));
  let scratch: GParagraph | null = null;
  let table: GTable | null = null;
  try {
    attempt('paragraph', LABEL.paragraph, () => {
      scratch = g.body.insertParagraph(g.children - 1, SCRATCH);
      return paragraphRoundTrip(g.document, scratch);
    });
    const p = scratch as GParagraph | null;
    if (p) {
      attempt('heading', LABEL.heading, () => headingRoundTrip(p));
      attempt('table', LABEL.table, () => {
        table = g.body.insertTable(g.body.getChildIndex(p) + 1, [['Khung', 'thử']]);
        return tableRoundTrip(table);
      });
    } else {
      for (const id of ['heading', 'table'] as const)
        attempt(id, LABEL[id], notTried('không chèn được đoạn thử'));
    }
  } finally {
    attempt('trace', LABEL.trace, () => {
      // Each removal is tried on its own, so a failed one does not leave the other behind.
      const failures: string[] = [];
      for (const element of [table as GTable | null, scratch as GParagraph | null]) {
        try {
          element?.removeFromParent();
        } catch (error) {
          failures.push(errorText(error));
        }
      }
      if (failures.length > 0) throw new Error(failures.join('; '));
      const children = g.body.getNumChildren();
      must(children === g.children, `văn bản có ${children} phần tử, trước đó có ${g.children}`);
      must(g.body.getText() === g.text, 'chữ trong văn bản đã khác trước');
      return 'Không còn dòng hay bảng thử nào trong văn bản.';
    });
  }
}

/** A check that could not run because an earlier one failed. */
const notTried = (because: string) => (): string => {
  throw new UserError(`Chưa thử: ${because} (xem dòng trên).`);
};

function cursorState(document: GDocument): string {
  const cursor = document.getCursor();
  const selection = document.getSelection();
  if (cursor) {
    cursor.getElement().getType();
    return `Con trỏ ở vị trí ${cursor.getOffset()} của một đoạn.`;
  }
  if (selection) return `Đang chọn ${selection.getRangeElements().length} phần của văn bản.`;
  return 'Không có con trỏ trong văn bản: bấm vào văn bản rồi chạy lại để thử cả phần này.';
}

/** Style, edit by offsets, insert at a position, build a range: each read back. */
function paragraphRoundTrip(document: GDocument, p: GParagraph): string {
  styleParagraph(p, { bold: true, alignment: 'center' });
  const attrs = p.getAttributes();
  must(attrs.BOLD === true, 'chữ đậm');
  must(attrs.FONT_FAMILY === FONT && attrs.FONT_SIZE === 14, 'phông và cỡ chữ');
  must(alignmentOf(attrs.HORIZONTAL_ALIGNMENT) === 'center', 'căn giữa');
  const text = p.editAsText();
  text.insertText(0, 'Ư');
  text.setAttributes(0, 0, { ITALIC: true });
  text.deleteText(0, 0);
  must(p.getText() === SCRATCH, 'sửa chữ theo vị trí');
  const inserted = document.newPosition(p.editAsText(), 0).insertText('«');
  must(inserted !== null && p.getText() === `«${SCRATCH}`, 'chèn tại một vị trí');
  p.editAsText().deleteText(0, 0);
  const range = document.newRange().addElement(p).build();
  must(range.getRangeElements().length === 1, 'vùng chọn dựng từ đoạn');
  return 'Chèn, định dạng, sửa chữ, chèn tại vị trí và dựng vùng chọn đều đọc lại đúng.';
}

function headingRoundTrip(p: GParagraph): string {
  for (let level = 1; level <= 6; level++) {
    p.setHeading(headingFor(level));
    must(headingLevelOf(p.getAttributes().HEADING) === level, `Heading ${level}`);
  }
  p.setHeading(headingFor(undefined));
  must(headingLevelOf(p.getAttributes().HEADING) === undefined, 'đoạn thường');
  return 'Đặt và đọc lại được Heading 1 đến 6 và đoạn thường.';
}

function tableRoundTrip(table: GTable): string {
  table.setBorderWidth(0);
  table.setColumnWidth(0, 120);
  const cell = table.getCell(0, 1);
  cell.appendParagraph('dòng 2');
  cell
    .getChild(0)
    .asParagraph()
    .setAttributes(attributesFor({ bold: true }));
  must(table.getNumRows() === 1 && table.getRow(0).getNumCells() === 2, 'số hàng và ô');
  must(cell.getText() === 'thử\ndòng 2', 'chữ trong ô');
  return 'Bảng hai cột không viền, thêm dòng trong ô, đọc lại đúng.';
}
