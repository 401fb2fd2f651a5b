import type { docs_v1 } from '@googleapis/docs';

/** One paragraph of a test Google Doc: text, named style and the few run/paragraph overrides Docs stores. */
export interface GdocParagraph {
  text: string;
  style?: 'TITLE' | 'SUBTITLE' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3' | 'NORMAL_TEXT';
  bold?: boolean;
  italic?: boolean;
  align?: 'CENTER' | 'END' | 'JUSTIFIED';
  /** A page break before the paragraph's text (Insert → Break → Page break). */
  pageBreakBefore?: boolean;
}

/** A table of cell texts, placed after the paragraph with this index. */
export interface GdocTable {
  after: number;
  rows: string[][];
}

const pt = (magnitude: number): docs_v1.Schema$Dimension => ({ magnitude, unit: 'PT' });
const zero: docs_v1.Schema$Dimension = { unit: 'PT' };

/** Named styles as a new Docs document has them, with NORMAL_TEXT in Times New Roman 14 pt (NĐ 30). */
export function namedStyles(): docs_v1.Schema$NamedStyles {
  const text = (size: number, bold = false): docs_v1.Schema$TextStyle => ({
    bold,
    italic: false,
    underline: false,
    strikethrough: false,
    smallCaps: false,
    backgroundColor: {},
    foregroundColor: { color: { rgbColor: {} } },
    fontSize: pt(size),
    weightedFontFamily: { fontFamily: 'Times New Roman', weight: 400 },
    baselineOffset: 'NONE',
  });
  const para = (type: string, extra: docs_v1.Schema$ParagraphStyle = {}): docs_v1.Schema$ParagraphStyle => ({
    namedStyleType: type,
    direction: 'LEFT_TO_RIGHT',
    ...extra,
  });
  return {
    styles: [
      {
        namedStyleType: 'NORMAL_TEXT',
        textStyle: text(14),
        paragraphStyle: para('NORMAL_TEXT', {
          alignment: 'START',
          lineSpacing: 115,
          spacingMode: 'COLLAPSE_LISTS',
          spaceAbove: zero,
          spaceBelow: zero,
          indentFirstLine: zero,
          indentStart: zero,
          indentEnd: zero,
          keepLinesTogether: false,
          keepWithNext: false,
          avoidWidowAndOrphan: true,
          shading: { backgroundColor: {} },
          pageBreakBefore: false,
        }),
      },
      {
        namedStyleType: 'HEADING_1',
        textStyle: { bold: true, fontSize: pt(14) },
        paragraphStyle: para('HEADING_1', { spaceAbove: pt(12), spaceBelow: pt(6), keepWithNext: true }),
      },
      {
        namedStyleType: 'HEADING_2',
        textStyle: { bold: true, fontSize: pt(14) },
        paragraphStyle: para('HEADING_2', { spaceAbove: pt(6), keepWithNext: true }),
      },
      {
        namedStyleType: 'HEADING_3',
        textStyle: { bold: true, italic: true, fontSize: pt(14) },
        paragraphStyle: para('HEADING_3', { keepWithNext: true }),
      },
      {
        namedStyleType: 'TITLE',
        textStyle: { bold: true, fontSize: pt(16) },
        paragraphStyle: para('TITLE', { alignment: 'CENTER' }),
      },
      {
        namedStyleType: 'SUBTITLE',
        textStyle: { italic: true, fontSize: pt(14) },
        paragraphStyle: para('SUBTITLE', { alignment: 'CENTER' }),
      },
    ],
  };
}

/** A4 with NĐ 30 margins (top/bottom 20 mm, left 30 mm, right 15 mm), in points as Docs returns them. */
export function documentStyle(): docs_v1.Schema$DocumentStyle {
  return {
    background: { color: {} },
    pageNumberStart: 1,
    marginTop: pt(56.69291338582677),
    marginBottom: pt(56.69291338582677),
    marginRight: pt(42.51968503937008),
    marginLeft: pt(85.03937007874016),
    pageSize: { height: pt(841.8897637795277), width: pt(595.2755905511812) },
    marginHeader: pt(36),
    marginFooter: pt(36),
    useCustomHeaderFooterMargins: true,
  };
}

/**
 * A body's content as documents.get returns it: a leading sectionBreak, then paragraphs and tables with
 * startIndex/endIndex counted in UTF-16 code units, each paragraph ending in "\n".
 */
export function bodyContent(
  paragraphs: readonly GdocParagraph[],
  tables: readonly GdocTable[] = [],
  start = 1,
): docs_v1.Schema$StructuralElement[] {
  const content: docs_v1.Schema$StructuralElement[] = [
    {
      endIndex: start,
      sectionBreak: {
        sectionStyle: {
          columnSeparatorStyle: 'NONE',
          contentDirection: 'LEFT_TO_RIGHT',
          sectionType: 'CONTINUOUS',
        },
      },
    },
  ];
  let index = start;
  const paragraph = (p: GdocParagraph): docs_v1.Schema$StructuralElement => {
    const from = index;
    const elements: docs_v1.Schema$ParagraphElement[] = [];
    if (p.pageBreakBefore) {
      elements.push({ startIndex: index, endIndex: index + 1, pageBreak: { textStyle: {} } });
      index += 1;
    }
    const textStyle: docs_v1.Schema$TextStyle = {
      ...(p.bold !== undefined ? { bold: p.bold } : {}),
      ...(p.italic !== undefined ? { italic: p.italic } : {}),
    };
    const content = `${p.text}\n`;
    elements.push({ startIndex: index, endIndex: index + content.length, textRun: { content, textStyle } });
    index += content.length;
    return {
      startIndex: from,
      endIndex: index,
      paragraph: {
        elements,
        paragraphStyle: {
          namedStyleType: p.style ?? 'NORMAL_TEXT',
          direction: 'LEFT_TO_RIGHT',
          ...(p.style?.startsWith('HEADING') ? { headingId: `h.${from.toString(36)}` } : {}),
          ...(p.align ? { alignment: p.align } : {}),
        },
      },
    };
  };
  const table = (rows: readonly string[][]): docs_v1.Schema$StructuralElement => {
    const from = index;
    index += 1;
    const tableRows = rows.map((row) => {
      const rowStart = index;
      const tableCells = row.map((text) => {
        const cellStart = index;
        index += 1;
        const cellContent = [paragraph({ text })];
        return {
          startIndex: cellStart,
          endIndex: index,
          content: cellContent,
          tableCellStyle: { rowSpan: 1, columnSpan: 1, backgroundColor: {} },
        };
      });
      return { startIndex: rowStart, endIndex: index, tableCells, tableRowStyle: { minRowHeight: zero } };
    });
    index += 1;
    return {
      startIndex: from,
      endIndex: index,
      table: {
        rows: rows.length,
        columns: Math.max(0, ...rows.map((r) => r.length)),
        tableRows,
        tableStyle: {
          tableColumnProperties: (rows[0] ?? []).map(() => ({ widthType: 'EVENLY_DISTRIBUTED' })),
        },
      },
    };
  };
  paragraphs.forEach((p, i) => {
    content.push(paragraph(p));
    for (const t of tables.filter((t) => t.after === i)) content.push(table(t.rows));
  });
  return content;
}

/** A whole documents.get response with includeTabsContent=true: one tab "Tab 1" holding the body. */
export function gdoc(
  documentId: string,
  title: string,
  paragraphs: readonly GdocParagraph[],
  tables: readonly GdocTable[] = [],
): docs_v1.Schema$Document {
  return {
    documentId,
    title,
    revisionId: `ALm37BV${documentId}`,
    suggestionsViewMode: 'SUGGESTIONS_INLINE',
    tabs: [
      {
        tabProperties: { tabId: 't.0', title: 'Tab 1', index: 0 },
        documentTab: {
          body: { content: bodyContent(paragraphs, tables) },
          documentStyle: documentStyle(),
          namedStyles: namedStyles(),
        },
      },
    ],
  };
}
