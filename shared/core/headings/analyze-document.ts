import type { Block, DocModel } from '../document/doc-model.ts';
import * as hintCharacters from '../text/hint-characters.ts';
import * as normalize from '../text/normalize.ts';
import { assignLevels } from './assign-levels.ts';
import type { BlockInfo, BlockKind, DocAnalysis, DocPart } from './block-info.ts';
import * as classify from './classify.ts';
import type { Numbering } from './numbering.ts';
import * as schemes from './numbering.ts';
import * as numberings from './parse-numbering.ts';

/** Schemes whose title may stand on the next line (NĐ 30: "Phần I" / TITLE on its own line). */
const TITLE_BELOW = new Set(['phan', 'chuong', 'muc', 'tieu-muc']);
/** A numbered paragraph longer than this carries its content inline. */
const INLINE_LENGTH = 160;

/**
 * Reads a document's structure: titles, headings with their numbering and depth, list items, the
 * closing area, and the parts (documents pasted together). Linear in the number of blocks.
 */
export function analyzeDocument(doc: DocModel): DocAnalysis {
  // Read once: an imported binding may be a getter (tsx, CommonJS), too slow to read a paragraph.
  const { isAuthorityLine, isNoiNhanLine, isSeparatorLine, isSubjectLine, isTitleLine, isVvLine } = classify;
  const { identityMap, isAlreadyNormal, normalizeForAnalysis } = normalize;
  const { HINT_CHARACTER, HINT_PHRASE } = hintCharacters;
  const { parseNumbering } = numberings;
  const { isHeadingScheme } = schemes;
  // One slot a block, filled in order: no growing and copying of the list on a long document.
  const infos: BlockInfo[] = new Array(doc.blocks.length);
  const parts: DocPart[] = [];
  let part = newPart(0, 0);
  let area: 'preamble' | 'body' | 'closing' = 'preamble';
  let lastUpperLetter = 0;
  let titleLinesLeft = 0;
  let inTitle = false;

  const startPart = (at: number) => {
    part.end = at - 1;
    parts.push(part);
    part = newPart(parts.length, at);
    area = 'preamble';
    lastUpperLetter = 0;
  };

  const blocks = doc.blocks;
  const hints = new Uint8Array(blocks.length);
  const leadUnits = new Uint16Array(blocks.length);
  const phrases = new Uint8Array(blocks.length);
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    // One scan serves two ends: a paragraph without a hint character is already normal (every unit
    // normalising changes is a hint), and the character rules read only hinted paragraphs.
    const hinted = HINT_CHARACTER.test(block.text);
    if (hinted) hints[index] = 1;
    // Nearly every paragraph is already normal: its own text and the identity map, no object made.
    const normalized = !hinted || isAlreadyNormal(block.text) ? null : normalizeForAnalysis(block.text);
    const analysed = normalized ? normalized.text : block.text;
    const text = analysed.trim();
    const hasContent = part.headings.length > 0 || area === 'closing';
    let kind: BlockKind = 'body';
    let numbering: Numbering | null = null;
    let title = text;

    if (isSeparatorLine(text)) {
      if (hasContent) startPart(index);
      kind = 'separator';
    } else if (isTitleLine(text) && !inTitle) {
      if (hasContent) startPart(index);
      kind = 'title';
    } else if (inTitle && (isTitleLine(text) || isSubjectLine(text)) && !parseNumbering(text)) {
      kind = 'subject';
    } else if (isVvLine(text) && part.headings.length === 0) {
      kind = 'subject';
    } else if (isNoiNhanLine(text)) {
      area = 'closing';
      kind = 'closing';
    } else if (isAuthorityLine(text) || (area === 'closing' && isSignatureTail(infos[index - 1], text))) {
      area = 'closing';
      kind = 'signature';
    } else if (area === 'closing') {
      kind = 'closing';
    } else if (titleLinesLeft > 0 && isHeadingTitleLine(text)) {
      kind = 'heading-title';
    } else {
      numbering = parseNumbering(analysed, lastUpperLetter);
      if (numbering && isHeadingScheme(numbering.scheme)) {
        kind = 'heading';
        title = analysed.slice(numbering.titleStart).trim();
        if (numbering.scheme === 'upper-letter') lastUpperLetter = numbering.values[0] ?? 0;
      } else if (numbering) {
        kind = 'list-item';
        title = analysed.slice(numbering.titleStart).trim();
      } else if (block.style.headingLevel !== undefined && block.style.headingLevel > 0) {
        kind = 'heading';
      } else if (block.style.listItem) {
        kind = 'list-item';
      }
    }

    if (kind === 'heading-title') {
      const owner = infos[part.headings[part.headings.length - 1] ?? -1];
      if (owner) owner.title = owner.title ? `${owner.title} ${text}` : text;
      titleLinesLeft--;
    } else {
      titleLinesLeft =
        kind === 'heading' && numbering && TITLE_BELOW.has(numbering.scheme) && title === '' ? 2 : 0;
    }
    inTitle = kind === 'title' || (kind === 'subject' && inTitle);
    if (kind === 'heading') {
      part.headings.push(index);
      area = 'body';
    } else if ((kind === 'body' || kind === 'list-item') && area === 'preamble' && !inTitle) {
      area = part.headings.length > 0 ? 'body' : area;
    }
    if (kind === 'title' || kind === 'subject') part.title = part.title ? `${part.title} ${text}` : text;
    // Made in one piece, with `numbering` last and only when there is one (where assigning it later
    // put it): a property added afterwards costs each object a second store.
    const inline = kind === 'heading' && numbering !== null && title.length > INLINE_LENGTH;
    const toOriginal = normalized ? normalized.toOriginal : identityMap(analysed.length);
    const at = part.index;
    if (HINT_PHRASE.test(analysed)) phrases[index] = 1;
    leadUnits[index] = analysed.charCodeAt(numbering ? numbering.titleStart : 0) || 0;
    infos[index] = numbering
      ? {
          index,
          kind,
          text: analysed,
          title,
          level: 0,
          part: at,
          parent: -1,
          inline,
          toOriginal,
          numbering,
        }
      : { index, kind, text: analysed, title, level: 0, part: at, parent: -1, inline, toOriginal };
  }
  part.end = doc.blocks.length - 1;
  parts.push(part);
  for (const p of parts) assignLevels(infos, p, doc);
  return { doc, blocks: infos, parts, hints, leadUnits, phrases };
}

function newPart(index: number, start: number): DocPart {
  return { index, start, end: start, title: '', headings: [] };
}

/** Lines under "PHẦN THỨ NHẤT" that carry its title: short, unnumbered, not a sentence. */
function isHeadingTitleLine(text: string): boolean {
  if (text.length > 120 || numberings.parseNumbering(text)) return false;
  return classify.isAllCaps(text) || (/^\p{Lu}/u.test(text) && !/[.;:]$/.test(text));
}

/** After an authority line, capitals (the title) and a short name belong to the signature. */
function isSignatureTail(previous: BlockInfo | undefined, text: string): boolean {
  if (previous?.kind !== 'signature') return false;
  return text.length <= 60 && !text.startsWith('-');
}
