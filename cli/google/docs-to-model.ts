import type {
  Alignment,
  Block,
  BlockStyle,
  DocModel,
  PageSetup,
} from '../../shared/core/document/doc-model.ts';
import type {
  Dimension,
  DocumentStyle,
  DocumentTab,
  GoogleDocument,
  NamedStyles,
  Paragraph,
  ParagraphStyle,
  StructuralElement,
  Tab,
  TextStyle,
} from './docs-schema.ts';

const HEADING_LEVELS: Record<string, number> = {
  TITLE: 0,
  HEADING_1: 1,
  HEADING_2: 2,
  HEADING_3: 3,
  HEADING_4: 4,
  HEADING_5: 5,
  HEADING_6: 6,
};
const ALIGNMENTS: Record<string, Alignment> = {
  START: 'left',
  CENTER: 'center',
  END: 'right',
  JUSTIFIED: 'justify',
};
const MM_PER_PT = 25.4 / 72;
/** Docs' default page margin when a response leaves one out: 1 inch. */
const DEFAULT_MARGIN_PT = 72;

/** The named styles of one tab, looked up by type; every style inherits from NORMAL_TEXT. */
interface StyleSheet {
  paragraph(type: string | undefined): ParagraphStyle[];
  text(type: string | undefined): TextStyle[];
}

function styleSheet(named: NamedStyles | undefined): StyleSheet {
  const byType = new Map((named?.styles ?? []).map((s) => [s.namedStyleType ?? '', s]));
  const chain = <T>(
    type: string | undefined,
    pick: (s: {
      textStyle?: TextStyle | undefined;
      paragraphStyle?: ParagraphStyle | undefined;
    }) => T | undefined,
  ) =>
    [type ?? 'NORMAL_TEXT', 'NORMAL_TEXT']
      .map((t) => byType.get(t))
      .map((s) => (s ? pick(s) : undefined))
      .filter((s): s is T => s !== undefined);
  return { paragraph: (t) => chain(t, (s) => s.paragraphStyle), text: (t) => chain(t, (s) => s.textStyle) };
}

/** The first style in the chain that sets the field: the Docs API leaves inherited fields unset. */
function resolve<S, K extends keyof S>(chain: readonly S[], key: K): S[K] | undefined {
  for (const s of chain) if (s[key] !== undefined) return s[key];
  return undefined;
}

/** A length in points. The API omits a zero magnitude ({"unit": "PT"} is 0 pt), as proto3 JSON does. */
const pt = (d: Dimension | undefined): number | undefined =>
  d && (d.unit === undefined || d.unit === 'PT') && (d.magnitude !== undefined || d.unit === 'PT')
    ? (d.magnitude ?? 0)
    : undefined;

/** Builds the style of one paragraph from its runs, its paragraph style and the named styles. */
function paragraphStyle(paragraph: Paragraph, sheet: StyleSheet): BlockStyle {
  const own = paragraph.paragraphStyle ?? {};
  const type = own.namedStyleType;
  const pChain = [own, ...sheet.paragraph(type)];
  const tChain = sheet.text(type);
  const runs = (paragraph.elements ?? [])
    .map((e) => e.textRun)
    .filter((r) => r?.content !== undefined && r.content.trim() !== '')
    .map((r) => ({ length: r?.content?.trim().length ?? 0, chain: [r?.textStyle ?? {}, ...tChain] }));
  const style: BlockStyle = {};
  const level = type === undefined ? undefined : HEADING_LEVELS[type];
  if (level !== undefined) style.headingLevel = level;
  if (runs.length > 0) {
    // A paragraph is bold (italic) only when every run with visible text is.
    style.bold = runs.every((r) => resolve(r.chain, 'bold') === true);
    style.italic = runs.every((r) => resolve(r.chain, 'italic') === true);
    // Font of the longest run: a heading with one bold word in another font is still in its main font.
    const main = runs.reduce((a, b) => (b.length > a.length ? b : a));
    const family = resolve(main.chain, 'weightedFontFamily')?.fontFamily;
    const size = pt(resolve(main.chain, 'fontSize'));
    if (family) style.fontFamily = family;
    if (size !== undefined && size > 0) style.fontSizePt = size;
  }
  const alignment = ALIGNMENTS[resolve(pChain, 'alignment') ?? ''];
  if (alignment) style.alignment = alignment;
  const firstLine = pt(resolve(pChain, 'indentFirstLine'));
  const start = pt(resolve(pChain, 'indentStart'));
  if (firstLine !== undefined) style.indentFirstLinePt = firstLine;
  if (start !== undefined) style.indentStartPt = start;
  if (paragraph.bullet) style.listItem = true;
  return style;
}

function paragraphText(paragraph: Paragraph): string {
  const raw = (paragraph.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
  // \u000b is Docs' soft line break (Shift+Enter): the paragraph stays one block.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: U+000B is what the Docs API sends for it.
  return raw.replace(/[\u000b\r\n]+/g, ' ').trim();
}

/** Walks one tab's body in reading order, tables cell by cell. */
function walkTab(
  tab: DocumentTab,
  locate: (index: number) => string | number,
  blocks: Block[],
  tables: { next: number },
) {
  const sheet = styleSheet(tab.namedStyles);
  const walk = (content: readonly StructuralElement[], cell?: Block['table']) => {
    for (const element of content) {
      if (element.paragraph) {
        const text = paragraphText(element.paragraph);
        if (text === '') continue;
        const block: Block = { text, style: paragraphStyle(element.paragraph, sheet) };
        if (element.startIndex !== undefined) block.locator = locate(element.startIndex);
        if (cell) block.table = cell;
        blocks.push(block);
      } else if (element.table) {
        const table = tables.next++;
        (element.table.tableRows ?? []).forEach((row, r) => {
          (row.tableCells ?? []).forEach((c, k) => {
            walk(c.content ?? [], { table, row: r, cell: k });
          });
        });
      }
      // A table of contents repeats the headings; reading it would match every section twice.
    }
  };
  walk(tab.body?.content ?? []);
}

/** Tabs depth-first, parents before their child tabs, as the Docs sidebar lists them. */
function flattenTabs(tabs: readonly Tab[]): Tab[] {
  return tabs.flatMap((t) => [t, ...flattenTabs(t.childTabs ?? [])]);
}

function pageSetup(style: DocumentStyle | undefined): PageSetup | undefined {
  const width = pt(style?.pageSize?.width);
  const height = pt(style?.pageSize?.height);
  if (!width || !height) return undefined;
  const mm = (d: Dimension | undefined) => Math.round((pt(d) ?? DEFAULT_MARGIN_PT) * MM_PER_PT * 10) / 10;
  return {
    widthMm: Math.round(width * MM_PER_PT * 10) / 10,
    heightMm: Math.round(height * MM_PER_PT * 10) / 10,
    marginTopMm: mm(style?.marginTop),
    marginBottomMm: mm(style?.marginBottom),
    marginLeftMm: mm(style?.marginLeft),
    marginRightMm: mm(style?.marginRight),
  };
}

/**
 * A Docs API `documents.get` response → DocModel. Reads every tab (child tabs after their parent), or
 * the legacy top-level body when the response has no tabs. `locator` is the paragraph's startIndex;
 * in the second and later tabs it is "tabId:startIndex", since indexes restart in each tab.
 */
export function docsToModel(document: GoogleDocument): DocModel {
  const tabs = flattenTabs(document.tabs ?? []).filter((t) => t.documentTab);
  const contents: Array<{ tab: DocumentTab; id: string | undefined }> =
    tabs.length > 0
      ? tabs.map((t) => ({ tab: t.documentTab ?? {}, id: t.tabProperties?.tabId }))
      : [
          {
            tab: {
              body: document.body,
              documentStyle: document.documentStyle,
              namedStyles: document.namedStyles,
            },
            id: undefined,
          },
        ];
  const blocks: Block[] = [];
  const tables = { next: 0 };
  contents.forEach(({ tab, id }, i) => {
    walkTab(tab, (index) => (i === 0 || !id ? index : `${id}:${index}`), blocks, tables);
  });
  const page = pageSetup(contents[0]?.tab.documentStyle);
  return {
    blocks,
    meta: {
      name: document.title ?? document.documentId,
      source: 'gdoc',
      styled: true,
      ...(page ? { page } : {}),
    },
  };
}
