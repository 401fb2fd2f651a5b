import type { Block, DocModel } from './doc-model.ts';

/** What a web editor gives the checklist: its paragraphs and, when it knows them, heading levels. */
export interface ParagraphsInput {
  paragraphs: readonly string[];
  /** h1–h6 → 1–6, parallel to `paragraphs`; 0 = not a heading. */
  headingLevels?: readonly number[] | undefined;
  /** A name for messages (the page URL or title). */
  name?: string | undefined;
}

/**
 * Paragraphs read from a web editor (the content script's ReadResult) → DocModel. Blank paragraphs
 * are left out (editors keep empty <p>s as spacing), and each block's `locator` keeps its paragraph
 * index, so a click on a finding selects the right paragraph (`khung:select` counts all paragraphs).
 * Web editors give no trustworthy Docs-like paragraph styles, so `styled` stays false.
 */
export function docFromParagraphs(input: ParagraphsInput): DocModel {
  const blocks: Block[] = [];
  input.paragraphs.forEach((raw, index) => {
    // Line breaks inside one paragraph (<br>) are soft: the paragraph stays one block.
    const text = raw.replace(/[\r\n]+/g, ' ').trim();
    if (text === '') return;
    const level = input.headingLevels?.[index] ?? 0;
    const block: Block = { text, style: {}, locator: index };
    if (Number.isInteger(level) && level >= 1 && level <= 6) block.style.headingLevel = level;
    blocks.push(block);
  });
  return {
    blocks,
    meta: { source: 'web', styled: false, ...(input.name ? { name: input.name } : {}) },
  };
}

/** The paragraph index (as `khung:read` counts) of a block of a docFromParagraphs model; -1 when none. */
export function paragraphOfBlock(doc: DocModel, block: number): number {
  const locator = doc.blocks[block]?.locator;
  return typeof locator === 'number' ? locator : -1;
}
