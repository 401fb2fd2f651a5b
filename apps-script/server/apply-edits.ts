import type { FixEdit, NewBlock } from '../../shared/core/base/finding.ts';
import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { orderForApplying } from '../../shared/core/rules/apply-fixes.ts';
import { headingFor, isType } from './enum-values.ts';
import type { GBody, GElement, GParagraph } from './gas-api.ts';
import { UserError } from './result.ts';
import { type Line, writePieces } from './write-blocks.ts';
import { looksLikeGuidance, partialAttributes } from './write-style.ts';

const STALE =
  'Văn bản đã khác lúc kiểm tra (có thể vừa được sửa), nên Khung không áp dụng bản sửa để tránh sửa nhầm chỗ. Hãy bấm Kiểm tra lại rồi sửa.';

/** Every edit must point at a block that exists and a range inside its text; otherwise nothing is applied. */
export function validateEdits(doc: DocModel, edits: readonly FixEdit[]): void {
  for (const edit of edits) {
    if (edit.kind === 'insert-after') {
      if (edit.block < -1 || edit.block >= doc.blocks.length) throw new UserError(STALE);
      continue;
    }
    const block = doc.blocks[edit.block];
    if (!block) throw new UserError(STALE);
    if (edit.kind === 'replace' && (edit.range[0] > edit.range[1] || edit.range[1] > block.text.length))
      throw new UserError(STALE);
  }
}

/** The body and the paragraph behind each block (paragraphs[i] is block i's). */
export interface Target {
  body: GBody;
  paragraphs: readonly GParagraph[];
}

/**
 * Applies validated edits to the document in the core's order (apply-fixes.ts orderForApplying): from
 * the end so earlier positions stay put, and several inserts after one block so they read in order.
 */
export function applyEdits(read: Target, edits: readonly FixEdit[]): void {
  for (const edit of orderForApplying(edits)) {
    if (edit.kind === 'insert-after') insertAfter(read, edit.block, edit.blocks);
    else {
      const paragraph = read.paragraphs[edit.block] as GParagraph;
      if (edit.kind === 'replace') replaceRange(paragraph, edit.range, edit.text);
      else {
        if (edit.style.headingLevel !== undefined) paragraph.setHeading(headingFor(edit.style.headingLevel));
        const attrs = partialAttributes(edit.style);
        if (Object.keys(attrs).length > 0) paragraph.setAttributes(attrs);
      }
    }
  }
}

function replaceRange(paragraph: GParagraph, [start, end]: readonly [number, number], text: string): void {
  const edit = paragraph.editAsText();
  if (end > start) edit.deleteText(start, end - 1);
  if (text) edit.insertText(start, text);
}

/** New paragraphs go after the block's top-level element (after the whole table when it is in one). */
function insertAfter(read: Target, block: number, blocks: readonly NewBlock[]): void {
  const index = block < 0 ? 0 : topLevelIndex(read.body, read.paragraphs[block] as GParagraph) + 1;
  const lines: Line[] = blocks.map((b) => ({
    text: b.text,
    style: b.style,
    ...(looksLikeGuidance(b.style) ? { guidance: true } : {}),
  }));
  writePieces(
    { container: read.body, index, from: 'cursor' },
    lines.map((line) => ({ kind: 'paragraph', line })),
  );
}

function topLevelIndex(body: GBody, paragraph: GParagraph): number {
  let node: GElement = paragraph;
  let parent = node.getParent();
  while (parent && !isType(parent.getType(), 'BODY_SECTION')) {
    node = parent;
    parent = node.getParent();
  }
  return body.getChildIndex(node);
}
