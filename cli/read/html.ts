import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import type { Block, DocMeta, DocModel } from '../../shared/core/document/doc-model.ts';
import { BLOCK, type Frame, makeBlock, makeFrame, ROOT, type Run } from './html-frame.ts';
import { addStyleSheet, createStyleSheet, type StyleSheet } from './html-style.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose content is never read as text (scripts, styles, the page title, form fields). */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'title',
  'textarea',
  'iframe',
  'noembed',
  'noframes',
  'xmp',
]);
const HTML_SPACE = /[ \t\n\r\f]+/g;

/** A step of the walk: enter a node with the frame of its parent, or leave an element. */
type Step = { node: Node; parent: Frame } | { leave: Element; frame: Frame };

/**
 * Builds a DocModel from HTML (Word, Google Docs and mammoth exports, pasted web pages): one block per
 * paragraph, heading, list item, table-cell paragraph and `<br>`-separated line, with the style the
 * markup and its simple CSS classes give. The tree is parse5's, built by the WHATWG parsing algorithm,
 * so bad markup reads as a browser shows it; the walk is iterative, so deep nesting cannot overflow.
 */
export function docFromHtml(html: string, meta: DocMeta = {}): DocModel {
  // Khung runs no script: <noscript> content is what a reader of the file sees.
  const document = parse(html, { scriptingEnabled: false });
  const sheet = styleSheetOf(document);
  const blocks: Block[] = [];
  let runs: Run[] = [];
  let tableCount = 0;

  const flush = (frame: Frame) => {
    const own = runs;
    runs = [];
    const text = own
      .map((r) => r.text)
      .join('')
      .replace(HTML_SPACE, ' ')
      .trim();
    if (text !== '') blocks.push(makeBlock(text, own, frame));
  };

  const enter = (el: Element, parent: Frame): Frame => {
    const frame = makeFrame(el.nodeName, attributes(el), parent, sheet);
    const name = el.nodeName;
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
    return frame;
  };

  const steps: Step[] = [{ node: document, parent: ROOT }];
  for (let step = steps.pop(); step; step = steps.pop()) {
    if ('leave' in step) {
      flush(step.frame);
      continue;
    }
    const { node, parent } = step;
    if (node.nodeName === '#text' && 'value' in node) {
      if (!parent.hidden) addText(node.value, parent);
      continue;
    }
    if (!('childNodes' in node)) continue; // comments, doctype
    let frame = parent;
    if ('tagName' in node) {
      const name = node.nodeName;
      if (name === 'br' || name === 'hr') {
        flush(parent);
        continue;
      }
      const block = BLOCK.has(name);
      if (block) flush(parent);
      if (SKIP.has(name)) continue;
      frame = enter(node, parent);
      if (frame.hidden) continue; // display:none; a hidden block still ends the text before it
      if (block) steps.push({ leave: node, frame });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i];
      if (child) steps.push({ node: child, parent: frame });
    }
  }
  flush(ROOT);
  return { blocks, meta: { source: 'html', styled: true, ...meta } };

  function addText(text: string, f: Frame): void {
    const pieces = f.pre ? text.split(/\r\n|\r|\n/) : [text];
    pieces.forEach((piece, i) => {
      if (i > 0) flush(f); // a line of <pre> is a block, as a fenced code line is in Markdown
      runs.push({
        text: piece,
        bold: f.bold,
        italic: f.italic,
        fontFamily: f.fontFamily,
        fontSizePt: f.fontSizePt,
      });
    });
  }
}

function attributes(el: Element): Map<string, string> {
  return new Map(el.attrs.map((a) => [a.name, a.value]));
}

/** Every <style> element of the page, wherever it sits: a rule applies to content before it too. */
function styleSheetOf(document: Node): StyleSheet {
  const sheet = createStyleSheet();
  const pending: Node[] = [document];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (!('childNodes' in node)) continue;
    if (node.nodeName === 'style') {
      for (const child of node.childNodes) if ('value' in child) addStyleSheet(sheet, child.value);
      continue;
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i];
      if (child) pending.push(child);
    }
  }
  return sheet;
}
