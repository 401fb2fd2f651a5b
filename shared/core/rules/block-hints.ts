import type { DocAnalysis } from '../headings/block-info.ts';
import { HINT_CHARACTER } from '../text/hint-characters.ts';

/**
 * Words some per-paragraph rule starts from: placeholder-text's "....." and "xxx" (any case), and the
 * "ghị quyết" every citation nghi-quyet-02-dated looks for holds (its regex opens with "Nghị quyết"
 * under these flags). Literals only: irregexp skips through the text several characters a step.
 */
export const HINT_PHRASE = /\.\.\.\.\.|xxx|ghị quyết/iu;

const characterCache = new WeakMap<DocAnalysis, Uint8Array>();
const phraseCache = new WeakMap<DocAnalysis, Uint8Array>();

/**
 * 1 for each block whose written or analysed text holds a HINT_CHARACTER: one native scan a
 * paragraph, shared by every rule of one check (cached on the analysis); the others skip the rest.
 */
export function characterHints(analysis: DocAnalysis): Uint8Array {
  let hints = characterCache.get(analysis);
  if (hints) return hints;
  const written = analysis.doc.blocks;
  hints = new Uint8Array(written.length);
  for (let i = 0; i < written.length; i++) {
    const text = written[i]?.text ?? '';
    const analysed = analysis.blocks[i]?.text ?? text;
    if (HINT_CHARACTER.test(text) || (analysed !== text && HINT_CHARACTER.test(analysed))) hints[i] = 1;
  }
  characterCache.set(analysis, hints);
  return hints;
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
