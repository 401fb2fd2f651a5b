import { docFromHtml } from '../../../cli/read/html.ts';
import type { Block } from '../../../shared/core/document/doc-model.ts';

// What the HTML reader's table tests share: the blocks of a page, a block to expect, a named case.

/** The blocks the reader makes of `html`. */
export const blocks = (html: string): Block[] => docFromHtml(html).blocks;

/** An expected block: text, style, and its table cell as [table, row, cell]. */
export const b = (text: string, style: Block['style'] = {}, table?: [number, number, number]): Block =>
  table ? { text, style, table: { table: table[0], row: table[1], cell: table[2] } } : { text, style };

/** One row of a table test. */
export interface Case {
  name: string;
  html: string;
  expected: Block[];
}
