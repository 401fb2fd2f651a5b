import { INITIAL_PARAGRAPHS } from '../pages/fixture-text.ts';

/** Where tests put the caret: right after this word in the second paragraph. */
export const CARET_AFTER = 'TRƯỚC';

/**
 * The model a fixture editor must hold after `text` was inserted once at the caret: a textarea keeps
 * the text verbatim; a rich editor splits the caret's paragraph and gives every non-blank line its own.
 */
export function expectedModel(
  text: string,
  verbatim: boolean,
  layout: 'at-caret' | 'own-paragraphs' = 'at-caret',
): string[] {
  const [first, middle, last] = INITIAL_PARAGRAPHS;
  const cut = middle.indexOf(CARET_AFTER) + CARET_AFTER.length;
  const head = middle.slice(0, cut);
  const tail = middle.slice(cut);
  if (verbatim) return [first, head + text + tail, last].join('\n').split('\n');
  // Written out here rather than imported from the engine, so a wrong split there fails the tests.
  // Blank lines only separate paragraphs, but a line break at either edge is a paragraph break.
  const all = text.split('\n');
  const lines = all.filter((line, i) => line.trim() !== '' || i === 0 || i === all.length - 1);
  if (lines.length === 1) return [first, head + lines[0] + tail, last];
  // CKEditor 4 pastes paragraphs as paragraphs: the caret's one is split around them.
  if (layout === 'own-paragraphs') return [first, head, ...lines.filter((l) => l !== ''), tail, last];
  return [first, head + lines[0], ...lines.slice(1, -1), `${lines.at(-1)}${tail}`, last];
}

/** The model with non-breaking spaces as spaces (editors keep typed double spaces as nbsp). */
export function normalizeModel(model: readonly string[]): string[] {
  return model.map((p) => p.replace(/\u00a0/g, ' '));
}
