import type { DocAnalysis } from '../headings/block-info.ts';

/**
 * Words some per-paragraph rule starts from: placeholder-text's "....." and "xxx" (any case), and the
 * "ghị quyết" every citation nghi-quyet-02-dated looks for holds (its regex opens with "Nghị quyết"
 * under these flags). Literals only: irregexp skips through the text several characters a step.
 */
export const HINT_PHRASE = /\.\.\.\.\.|xxx|ghị quyết/iu;

const phraseCache = new WeakMap<DocAnalysis, Uint8Array>();

/**
 * 1 for each block whose text holds a HINT_CHARACTER: one native scan a paragraph, made by
 * analyzeDocument (it also tells which paragraphs need normalising) and shared by every rule of one
 * check; the rules skip the other paragraphs. A block without hint characters is already normal, so
 * its analysed text is its written text and holds none either.
 */
export function characterHints(analysis: DocAnalysis): Uint8Array {
  return analysis.hints;
}

/** 1 for each block whose analysed text holds a HINT_PHRASE; shared like characterHints. */
export function phraseHints(analysis: DocAnalysis): Uint8Array {
  let hints = phraseCache.get(analysis);
  if (hints) return hints;
  hints = new Uint8Array(analysis.blocks.length);
  for (let i = 0; i < analysis.blocks.length; i++) {
    if (HINT_PHRASE.test(analysis.blocks[i]?.text ?? '')) hints[i] = 1;
  }
  phraseCache.set(analysis, hints);
  return hints;
}
