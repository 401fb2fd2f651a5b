import type { Block, DocMeta, DocModel } from './doc-model.ts';
import { BLOCK, type Frame, HEADING, makeBlock, makeFrame, ROOT, type Run } from './html-frame.ts';
import { addStyleSheet, createStyleSheet } from './html-style.ts';
import { tokenizeHtml } from './html-tokenize.ts';

/** Start tags that close an open <p> (HTML parsing: "close a p element"). */
const CLOSES_P = new Set(
  (
    'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer ' +
    'header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form li dd ' +
    'dt table hr xmp'
  ).split(' '),
);
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption']);
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const HTML_SPACE = /[ \t\n\r\f]+/g;

/**
 * Builds a DocModel from HTML (Word, Google Docs and mammoth exports, pasted web pages): one block per
 * paragraph, heading, list item, table-cell paragraph and `<br>`-separated line, with the style the
 * markup and its simple CSS classes give. Pure, linear in the input, and never throws on bad markup.
 */
export function docFromHtml(html: string, meta: DocMeta = {}): DocModel {
  const tokens = tokenizeHtml(html);
  const sheet = createStyleSheet();
  for (const t of tokens) if (t.kind === 'raw' && t.name === 'style') addStyleSheet(sheet, t.text);

  const blocks: Block[] = [];
  const stack: Frame[] = [{ ...ROOT }];
  /** Stack indexes of open elements by name, to find an end tag's element in O(1). */
  const open = new Map<string, number[]>();
  let runs: Run[] = [];
  let tableCount = 0;
  const top = (): Frame => stack[stack.length - 1] ?? ROOT;

  const flush = () => {
    const own = runs;
    runs = [];
    const text = own
      .map((r) => r.text)
      .join('')
      .replace(HTML_SPACE, ' ')
      .trim();
    if (text === '') return;
    blocks.push(makeBlock(text, own, top()));
  };

  const popTo = (index: number) => {
    if (stack.slice(index).some((f) => BLOCK.has(f.name))) flush();
    while (stack.length > Math.max(index, 1)) {
      const f = stack.pop();
      if (f) open.get(f.name)?.pop();
    }
  };

  const push = (name: string, attrs: Map<string, string>) => {
    if (BLOCK.has(name)) flush();
    const cur = top();
    if (CLOSES_P.has(name) && cur.openP >= 0) popTo(cur.openP);
    if (name === 'li' && top().openLi >= 0) popTo(top().openLi);
    if (HEADING[name] !== undefined && top().openHeading >= 0) popTo(top().openHeading);
    if (name === 'td' || name === 'th' || name === 'tr') closeTableParts(name);
    const frame = makeFrame(name, attrs, top(), stack.length, sheet);
    if (name === 'table') frame.table = { index: tableCount++, row: -1, cell: -1 };
    const table = frame.table;
    if (table && name === 'tr') {
      table.row++;
      table.cell = -1;
    } else if (table && (name === 'td' || name === 'th')) {
      table.row = Math.max(table.row, 0);
      table.cell++;
      frame.cell = { table: table.index, row: table.row, cell: table.cell };
    }
    stack.push(frame);
    const list = open.get(name);
    if (list) list.push(stack.length - 1);
    else open.set(name, [stack.length - 1]);
  };

  /** A new cell closes the open cell of its row; a new row closes the open row (within one table). */
  const closeTableParts = (name: string) => {
    const limit = open.get('table')?.at(-1) ?? 0;
    const names = name === 'tr' ? ['tr', 'td', 'th'] : ['td', 'th'];
    const found = names.map((n) => open.get(n)?.at(-1) ?? -1).filter((i) => i > limit);
    if (found.length > 0) popTo(Math.min(...found));
  };

  const close = (name: string) => {
    if (name === 'br') return flush(); // browsers read </br> as <br>
    const at = open.get(name)?.at(-1);
    if (at === undefined || (at < top().boundary && !TABLE_PARTS.has(name))) {
      if (name === 'p') flush(); // a stray </p> still ends the paragraph
      return;
    }
    popTo(at);
  };

  for (const token of tokens) {
    if (token.kind === 'open') {
      if (token.name === 'br' || token.name === 'hr') flush();
      else if (!VOID.has(token.name)) push(token.name, token.attrs);
    } else if (token.kind === 'close') {
      close(token.name);
    } else if (token.kind === 'text') {
      const f = top();
      if (f.hidden) continue;
      const pieces = f.pre ? token.text.split(/\r\n|\r|\n/) : [token.text];
      pieces.forEach((text, i) => {
        if (i > 0) flush(); // a line of <pre> is a block, as a fenced code line is in Markdown
        runs.push({
          text,
          bold: f.bold,
          italic: f.italic,
          fontFamily: f.fontFamily,
          fontSizePt: f.fontSizePt,
        });
      });
    }
  }
  flush();
  return { blocks, meta: { source: 'html', styled: true, ...meta } };
}
