import type { Fix, FixEdit } from '../base/finding.ts';
import type { Block, DocModel } from '../document/doc-model.ts';

/** The outcome of applying fixes: the new document, and which fixes were applied or skipped. */
export interface FixResult {
  doc: DocModel;
  applied: Fix[];
  /** Fixes that overlapped one already taken, or pointed outside the document. */
  skipped: Fix[];
}

/**
 * Applies fixes to a DocModel without touching the original. Fixes whose edits overlap an earlier
 * fix's edits are skipped whole (never half-applied); edits run from the end of the document to the
 * start so that earlier block indexes and ranges stay valid.
 */
export function applyFixes(doc: DocModel, fixes: readonly Fix[]): FixResult {
  const taken: FixEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    const valid = fix.edits.every((e) => isValid(doc, e));
    const clashes = fix.edits.some(
      (e) => taken.some((t) => overlaps(e, t)) || fix.edits.some((o) => o !== e && overlaps(e, o)),
    );
    if (!valid || clashes) {
      skipped.push(fix);
      continue;
    }
    taken.push(...fix.edits);
    applied.push(fix);
  }
  const blocks: Block[] = doc.blocks.map((b) => ({ ...b, style: { ...b.style } }));
  for (const edit of orderForApplying(taken)) {
    if (edit.kind === 'replace') {
      const b = blocks[edit.block];
      if (b) b.text = b.text.slice(0, edit.range[0]) + edit.text + b.text.slice(edit.range[1]);
    } else if (edit.kind === 'set-style') {
      const b = blocks[edit.block];
      if (b) b.style = { ...b.style, ...edit.style };
    } else {
      blocks.splice(edit.block + 1, 0, ...edit.blocks.map((n) => ({ text: n.text, style: { ...n.style } })));
    }
  }
  return { doc: { blocks, meta: { ...doc.meta } }, applied, skipped };
}

/**
 * The order in which hosts apply accepted edits: from the end of the document to the start, so
 * earlier indexes stay valid. Several inserts after one block (two adjacent missing sections) go
 * in reverse, so that each lands above the ones listed after it and the document reads in order.
 */
export function orderForApplying(edits: readonly FixEdit[]): FixEdit[] {
  return edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => compareFromEnd(a.edit, b.edit) || b.index - a.index)
    .map((x) => x.edit);
}

function isValid(doc: DocModel, e: FixEdit): boolean {
  if (e.kind === 'insert-after') return e.block >= -1 && e.block < doc.blocks.length;
  const block = doc.blocks[e.block];
  if (!block) return false;
  return e.kind !== 'replace' || (e.range[0] <= e.range[1] && e.range[1] <= block.text.length);
}

/** Two edits overlap when they touch the same block's same text or style; inserts never clash. */
function overlaps(a: FixEdit, b: FixEdit): boolean {
  if (a.block !== b.block || a.kind !== b.kind || a.kind === 'insert-after') return false;
  if (a.kind === 'replace' && b.kind === 'replace') {
    return (a.range[0] < b.range[1] && b.range[0] < a.range[1]) || a.range[0] === b.range[0];
  }
  return true;
}

/** Later blocks first; within a block, later ranges first; inserts after a block before its edits. */
function compareFromEnd(a: FixEdit, b: FixEdit): number {
  if (a.block !== b.block) return b.block - a.block;
  const order = (e: FixEdit) => (e.kind === 'insert-after' ? 0 : e.kind === 'set-style' ? 1 : 2);
  if (order(a) !== order(b)) return order(a) - order(b);
  if (a.kind === 'replace' && b.kind === 'replace') return b.range[0] - a.range[0];
  return 0;
}
