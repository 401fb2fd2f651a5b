import type { DocAnalysis } from '../headings/block-info.ts';

/**
 * 1 for each block whose text holds a HINT_CHARACTER: one native scan a paragraph, made by
 * analyzeDocument (it also tells which paragraphs need normalising) and shared by every rule of one
 * check; the rules skip the other paragraphs. A block without hint characters is already normal, so
 * its analysed text is its written text and holds none either.
 */
export function characterHints(analysis: DocAnalysis): Uint8Array {
  return analysis.hints;
}

/**
 * 1 for each block whose analysed text holds a HINT_PHRASE: tested by analyzeDocument while it holds
 * the text (DocAnalysis.phrases), shared like characterHints.
 */
export function phraseHints(analysis: DocAnalysis): Uint8Array {
  return analysis.phrases;
}
