import type { FakeDocument } from './document-app/document.ts';
import type { FakeElement } from './document-app/element.ts';
import { FakeParagraph, FakeTable } from './document-app/index.ts';

/** Where a paragraph is: [top-level index] or [table index, row, cell, paragraph in cell]. */
export type Path = number[];

/** A paragraph as the emulated page draws it. */
export interface ParagraphView {
  kind: 'p';
  path: Path;
  text: string;
  heading: string;
  list: boolean;
  align: string | null;
  indentFirstLine: number;
  runs: Array<{
    text: string;
    bold: boolean;
    italic: boolean;
    color: string | null;
    size: number | null;
    font: string | null;
  }>;
}

/** A table as the emulated page draws it. */
export interface TableView {
  kind: 'table';
  border: number;
  widths: number[];
  rows: ParagraphView[][][];
}

/** The whole emulated document: page, content, cursor and selection. */
export interface DocView {
  name: string;
  page: { width: number; height: number; top: number; bottom: number; left: number; right: number };
  items: Array<ParagraphView | TableView>;
  cursor: { path: Path; offset: number } | null;
  selection: Path[];
}

function paragraphView(p: FakeParagraph, path: Path): ParagraphView {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    kind: 'p',
    path,
    text: p.plainText(),
    heading: p.heading,
    list: p.kind === 'LIST_ITEM',
    align: str(p.attrs.HORIZONTAL_ALIGNMENT),
    indentFirstLine: (num(p.attrs.INDENT_FIRST_LINE) ?? 0) - (num(p.attrs.INDENT_START) ?? 0),
    runs: p.runs.map((r) => ({
      text: r.text,
      bold: r.attrs.BOLD === true,
      italic: r.attrs.ITALIC === true,
      color: str(r.attrs.FOREGROUND_COLOR),
      size: num(r.attrs.FONT_SIZE),
      font: str(r.attrs.FONT_FAMILY),
    })),
  };
}

/** Every paragraph of the body with its path (uncounted: this is the page, not the add-on). */
export function paragraphPaths(doc: FakeDocument): Array<[FakeParagraph, Path]> {
  const out: Array<[FakeParagraph, Path]> = [];
  doc.body.children.forEach((el, i) => {
    if (el instanceof FakeParagraph) out.push([el, [i]]);
    else if (el instanceof FakeTable) {
      el.rows().forEach((row, r) => {
        row.cells().forEach((cell, c) => {
          cell.paragraphs().forEach((p, k) => {
            out.push([p, [i, r, c, k]]);
          });
        });
      });
    }
  });
  return out;
}

/** The paragraph at a path, if any. */
export function paragraphAt(doc: FakeDocument, path: Path): FakeParagraph | undefined {
  return paragraphPaths(doc).find(([, p]) => p.join('.') === path.join('.'))?.[0];
}

function pathOf(doc: FakeDocument, el: FakeElement | undefined): Path | null {
  if (!el) return null;
  const paragraph =
    el instanceof FakeParagraph ? el : ((el as { paragraph?: FakeParagraph }).paragraph ?? null);
  return paragraphPaths(doc).find(([p]) => p === paragraph)?.[1] ?? null;
}

/** The render model of the fake document. */
export function docView(doc: FakeDocument): DocView {
  const items: DocView['items'] = [];
  doc.body.children.forEach((el, i) => {
    if (el instanceof FakeParagraph) items.push(paragraphView(el, [i]));
    else if (el instanceof FakeTable) {
      items.push({
        kind: 'table',
        border: el.borderWidth,
        widths:
          el
            .rows()[0]
            ?.cells()
            .map((_, c) => el.columnWidths.get(c) ?? 0) ?? [],
        rows: el
          .rows()
          .map((row, r) =>
            row.cells().map((cell, c) => cell.paragraphs().map((p, k) => paragraphView(p, [i, r, c, k]))),
          ),
      });
    }
  });
  const cursorPath = doc.cursor ? pathOf(doc, doc.cursor.element) : null;
  return {
    name: doc.name,
    page: { ...doc.body.page },
    items,
    cursor: cursorPath && doc.cursor ? { path: cursorPath, offset: doc.cursor.offset } : null,
    selection: (doc.selection?.elements ?? [])
      .map((e) => pathOf(doc, e.element))
      .filter((p): p is Path => p !== null),
  };
}
