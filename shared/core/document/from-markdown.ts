import type { Alignment, Block, BlockStyle, DocMeta, DocModel } from './doc-model.ts';
import { renderInline } from './markdown-inline.ts';

const ATX = /^\s*(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const ATX_CLOSING = /(?:^|[ \t]+)#+$/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BULLET = /^\s*[-+*][ \t]+(.*)$/;
const ORDERED = /^\s*\d{1,9}[.)](?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>[ \t]?/;
const DELIMITER_CELL = /^:?-+:?$/;

interface Pending {
  lines: string[];
  line: number;
  listItem: boolean;
  quote: boolean;
}

/**
 * Builds a DocModel from Markdown: ATX and setext headings, paragraphs (soft-wrapped lines joined, hard
 * breaks split), bullet items without their marker, ordered items with their number kept as text,
 * whole-block emphasis as bold/italic, pipe tables one block a cell, fenced code one block a line.
 */
export function docFromMarkdown(md: string, meta: DocMeta = {}): DocModel {
  const lines = dropComments(md.replace(/^\uFEFF/, '')).split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let pending: Pending | null = null;
  let tables = 0;

  const push = (raw: string, line: number, extra: BlockStyle = {}, plain = false) => {
    const inline = plain ? { text: raw, bold: false, italic: false } : renderInline(raw);
    const text = inline.text.replace(/\s+/g, ' ').trim();
    if (text === '') return;
    const style: BlockStyle = { ...extra };
    if (inline.bold) style.bold = true;
    if (inline.italic) style.italic = true;
    blocks.push({ text, style, line });
  };
  const flush = (headingLevel?: number) => {
    const p = pending;
    pending = null;
    if (!p) return;
    const extra: BlockStyle = {};
    if (headingLevel !== undefined) extra.headingLevel = headingLevel;
    if (p.listItem) extra.listItem = true;
    push(p.lines.join(' '), p.line, extra);
  };

  let i = frontMatterEnd(lines);
  let fence: { ch: string; length: number } | null = null;
  for (; i < lines.length; i++) {
    const lineNo = i + 1;
    let text = lines[i] ?? '';
    if (fence) {
      const close = FENCE.exec(text);
      if (close?.[1]?.[0] === fence.ch && close[1].length >= fence.length && text.trim() === close[1]) {
        fence = null;
      } else {
        push(text, lineNo, {}, true);
      }
      continue;
    }
    let quote = false;
    while (QUOTE.test(text)) {
      text = text.replace(QUOTE, '');
      quote = true;
    }
    if (text.trim() === '') {
      flush();
      continue;
    }
    const open = FENCE.exec(text);
    if (open?.[1]) {
      flush();
      fence = { ch: open[1][0] ?? '`', length: open[1].length };
      continue;
    }
    const atx = ATX.exec(text);
    if (atx?.[1]) {
      flush();
      push((atx[2] ?? '').replace(ATX_CLOSING, ''), lineNo, { headingLevel: atx[1].length });
      continue;
    }
    const plainPending = pending !== null && !(pending as Pending).listItem;
    if (plainPending && SETEXT_1.test(text)) {
      flush(1);
      continue;
    }
    if (plainPending && SETEXT_2.test(text)) {
      flush(2);
      continue;
    }
    if (THEMATIC.test(text)) {
      flush();
      continue;
    }
    if (text.includes('|') && isDelimiterRow(lines[i + 1], splitRow(text).length)) {
      flush();
      i = readTable(lines, i, tables++, blocks, push);
      continue;
    }
    const bullet = BULLET.exec(text);
    if (bullet || ORDERED.test(text) || pending?.quote !== quote) {
      flush();
      pending = { lines: [], line: lineNo, listItem: bullet !== null, quote };
    }
    const current: Pending = pending ?? { lines: [], line: lineNo, listItem: false, quote };
    pending = current;
    const content = (bullet ? (bullet[1] ?? '') : text).trim();
    // A line ending in two spaces or a backslash is a hard break: the block ends here.
    const hardBreak = / {2,}$/.test(text) || /(?<!\\)\\$/.test(content);
    current.lines.push(hardBreak ? content.replace(/\\$/, '') : content);
    if (hardBreak) flush();
  }
  flush();
  return { blocks, meta: { source: 'markdown', ...meta } };
}

/** Removes HTML comments, keeping their line breaks so line numbers stay true; linear. */
function dropComments(md: string): string {
  let out = '';
  let pos = 0;
  for (let start = md.indexOf('<!--'); start >= 0; start = md.indexOf('<!--', pos)) {
    const end = md.indexOf('-->', start + 4);
    const stop = end < 0 ? md.length : end + 3;
    out += md.slice(pos, start) + md.slice(start, stop).replace(/[^\n]/g, '');
    pos = stop;
  }
  return out + md.slice(pos);
}

/** Index of the first line after a YAML front matter block (`---` … `---`), or 0. */
function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  return end < 0 ? 0 : end + 1;
}

/** Cells of a pipe-table row; `\|` is a literal pipe, outer pipes are optional. */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const s = line.trim();
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && s[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      if (i > 0) cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  if (cell.trim() !== '' || !s.endsWith('|')) cells.push(cell.trim());
  return cells;
}

function isDelimiterRow(line: string | undefined, headerCells: number): boolean {
  if (line === undefined || !line.includes('-')) return false;
  const cells = splitRow(line);
  return (
    cells.length === headerCells &&
    (line.includes('|') || headerCells > 1) &&
    cells.every((c) => DELIMITER_CELL.test(c))
  );
}

function columnAlignment(delimiter: string): Alignment | undefined {
  const left = delimiter.startsWith(':');
  const right = delimiter.endsWith(':');
  if (left && right) return 'center';
  if (right) return 'right';
  return left ? 'left' : undefined;
}

/** Reads a pipe table starting at its header line; returns the index of its last line. */
function readTable(
  lines: string[],
  header: number,
  table: number,
  blocks: Block[],
  push: (raw: string, line: number, extra?: BlockStyle) => void,
): number {
  const aligns = splitRow(lines[header + 1] ?? '').map(columnAlignment);
  let i = header;
  for (let row = 0; i < lines.length; row++) {
    const line = lines[i] ?? '';
    if (row > 0 && (line.trim() === '' || !line.includes('|'))) break;
    splitRow(line).forEach((cell, col) => {
      const before = blocks.length;
      const alignment = aligns[col];
      push(cell, i + 1, alignment ? { alignment } : {});
      const block = blocks[before];
      if (block) block.table = { table, row, cell: col };
    });
    i += row === 0 ? 2 : 1;
  }
  return i - 1;
}
