import type { Block, DocModel } from '../../../../shared/core/document/doc-model.ts';

/** A short body, then the two-column bottom table of Docs/Word: Nơi nhận on the left, the signature on the right. */
export function closingTableDoc(
  left: string[],
  right: string[],
  body = 'Trên đây là báo cáo của đơn vị./.',
): DocModel {
  const blocks: Block[] = [{ text: body, style: {} }];
  for (const text of left) blocks.push({ text, style: {}, table: { table: 0, row: 0, cell: 0 } });
  for (const text of right) blocks.push({ text, style: {}, table: { table: 0, row: 0, cell: 1 } });
  return { blocks, meta: { source: 'gdoc' } };
}
