import MarkdownIt from 'markdown-it';
import type {
  Alignment,
  Block,
  BlockStyle,
  DocMeta,
  DocModel,
} from '../../shared/core/document/doc-model.ts';
import { docFromText } from '../../shared/core/document/from-text.ts';
import { renderInline } from './markdown-inline.ts';
import { looksLikeMarkdown } from './plain-text.ts';

/**
 * CommonMark with GFM tables. Indented code is off: officers indent paragraphs with spaces or tabs, and
 * an indented paragraph must stay a paragraph (fenced code still reads one block a line).
 */
const parser = new MarkdownIt('commonmark').enable('table').disable('code');
const COMMENTS = /<!--[\s\S]*?(?:-->|$)/g;
const ALIGN = /text-align:\s*(left|center|right)/;

/** What a list item's marker gives the first block of the item. */
interface Marker {
  /** A bullet item: the renderer draws the bullet. */
  listItem: boolean;
  /** An ordered item keeps its number as text ("1. …", "2) …"): rules read that numbering. */
  prefix: string;
}

/**
 * Builds a DocModel from Markdown (CommonMark and GFM tables, parsed by markdown-it): headings,
 * paragraphs (soft-wrapped lines joined, hard breaks split), bullet items without their marker,
 * ordered items with their number kept as text, whole-block emphasis as bold/italic, tables one block
 * a cell (one a line when a cell has `<br>`), fenced code one block a line; front matter is skipped.
 */
export function docFromMarkdown(md: string, meta: DocMeta = {}): DocModel {
  const tokens = parser.parse(blankFrontMatter(md.replace(/^\uFEFF/, '')), {});
  const blocks: Block[] = [];
  let marker: Marker | null = null;
  let heading: number | undefined;
  let tables = 0;
  let table: Block['table'] | undefined;
  let rowLine = 1;
  let alignment: Alignment | undefined;

  const add = (text: string, line: number, style: BlockStyle) => {
    const block: Block = { text, style, line };
    if (marker) {
      if (marker.listItem) style.listItem = true;
      block.text = marker.prefix + text;
      marker = null;
    }
    if (table) block.table = { ...table };
    blocks.push(block);
  };

  for (const t of tokens) {
    const line = t.map ? t.map[0] + 1 : rowLine;
    if (t.type === 'heading_open') heading = Number(t.tag.slice(1));
    else if (t.type === 'heading_close') heading = undefined;
    else if (t.type === 'list_item_open')
      marker = { listItem: t.info === '', prefix: t.info === '' ? '' : `${t.info}${t.markup} ` };
    else if (t.type === 'list_item_close') marker = null;
    else if (t.type === 'table_open') table = { table: tables++, row: -1, cell: -1 };
    else if (t.type === 'table_close') table = undefined;
    else if (t.type === 'tr_open' && table) {
      table.row++;
      table.cell = -1;
      rowLine = line;
    } else if ((t.type === 'td_open' || t.type === 'th_open') && table) {
      table.cell++;
      alignment = ALIGN.exec(String(t.attrGet('style') ?? ''))?.[1] as Alignment | undefined;
    } else if (t.type === 'inline') {
      for (const l of renderInline(t.children ?? [], line)) {
        const style: BlockStyle = {};
        if (heading !== undefined) style.headingLevel = heading;
        if (table && alignment) style.alignment = alignment;
        if (l.bold) style.bold = true;
        if (l.italic) style.italic = true;
        add(l.text, l.line, style);
      }
    } else if (t.type === 'fence') {
      t.content.split('\n').forEach((text, i) => {
        const clean = text.replace(/\s+/g, ' ').trim();
        if (clean !== '') add(clean, line + 1 + i, {});
      });
    } else if (t.type === 'html_block') {
      const text = t.content.replace(COMMENTS, '').replace(/\s+/g, ' ').trim();
      if (text !== '') add(text, line, {});
    }
  }
  return { blocks, meta: { source: 'markdown', ...meta } };
}

/**
 * YAML front matter (`---` … `---` or `...` at the top) turned into blank lines, so line numbers stay
 * true. Hand-written: a plugin for these few lines would add a dependency and nothing else.
 */
function blankFrontMatter(md: string): string {
  if (!/^---[ \t]*(?:\r\n|\r|\n)/.test(md)) return md;
  const lines = md.split(/\r\n|\r|\n/);
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0) return md;
  return [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n');
}

/**
 * A .txt file or standard input as `khung check` reads it, for callers that cannot wait (the corpus
 * scripts): Markdown when it carries Markdown headings or tables, plain text otherwise.
 */
export function documentFromPlainText(text: string, name: string): DocModel {
  return looksLikeMarkdown(text)
    ? docFromMarkdown(text, { name, source: 'markdown', styled: false })
    : docFromText(text, { name, source: 'text', styled: false });
}
