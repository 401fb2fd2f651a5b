import type { DocModel } from '../document/doc-model.ts';
import { normalizeForAnalysis } from '../text/normalize.ts';
import { assignLevels } from './assign-levels.ts';
import type { BlockInfo, BlockKind, DocAnalysis, DocPart } from './block-info.ts';
import {
  isAllCaps,
  isAuthorityLine,
  isNoiNhanLine,
  isSeparatorLine,
  isSubjectLine,
  isTitleLine,
} from './classify.ts';
import { isHeadingScheme } from './numbering.ts';
import { parseNumbering } from './parse-numbering.ts';

/** Schemes whose title may stand on the next line (NĐ 30: "Phần I" / TITLE on its own line). */
const TITLE_BELOW = new Set(['phan', 'chuong', 'muc', 'tieu-muc']);
/** "V/v …": the trích yếu of a công văn (NĐ 30 Mẫu 1.5). */
const VV = /^[“"]?V\/v\b/u;
/** A numbered paragraph longer than this carries its content inline. */
const INLINE_LENGTH = 160;

/**
 * Reads a document's structure: titles, headings with their numbering and depth, list items, the
 * closing area, and the parts (documents pasted together). Linear in the number of blocks.
 */
export function analyzeDocument(doc: DocModel): DocAnalysis {
  const infos: BlockInfo[] = [];
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

  doc.blocks.forEach((block, index) => {
    const normalized = normalizeForAnalysis(block.text);
    const text = normalized.text.trim();
    const info: BlockInfo = {
      index,
      kind: 'body',
      text: normalized.text,
      title: text,
      level: 0,
      part: 0,
      parent: -1,
      inline: false,
      toOriginal: normalized.toOriginal,
    };
    const hasContent = part.headings.length > 0 || area === 'closing';
    let kind: BlockKind = 'body';

    if (isSeparatorLine(text)) {
      if (hasContent) startPart(index);
      kind = 'separator';
    } else if (isTitleLine(text) && !inTitle) {
      if (hasContent) startPart(index);
      kind = 'title';
    } else if (inTitle && (isTitleLine(text) || isSubjectLine(text)) && !parseNumbering(text)) {
      kind = 'subject';
    } else if (VV.test(text) && part.headings.length === 0) {
      kind = 'subject';
    } else if (isNoiNhanLine(text)) {
      area = 'closing';
      kind = 'closing';
    } else if (isAuthorityLine(text) || (area === 'closing' && isSignatureTail(infos, text))) {
      area = 'closing';
      kind = 'signature';
    } else if (area === 'closing') {
      kind = 'closing';
    } else if (titleLinesLeft > 0 && isHeadingTitleLine(text)) {
      kind = 'heading-title';
    } else {
      const numbering = parseNumbering(normalized.text, lastUpperLetter);
      if (numbering && isHeadingScheme(numbering.scheme)) {
        kind = 'heading';
        info.numbering = numbering;
        info.title = normalized.text.slice(numbering.titleStart).trim();
        info.inline = info.title.length > INLINE_LENGTH;
        if (numbering.scheme === 'upper-letter') lastUpperLetter = numbering.values[0] ?? 0;
      } else if (numbering) {
        kind = 'list-item';
        info.numbering = numbering;
        info.title = normalized.text.slice(numbering.titleStart).trim();
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
        kind === 'heading' && info.numbering && TITLE_BELOW.has(info.numbering.scheme) && info.title === ''
          ? 2
          : 0;
    }
    inTitle = kind === 'title' || (kind === 'subject' && inTitle);
    if (kind === 'heading') {
      part.headings.push(index);
      area = 'body';
    } else if ((kind === 'body' || kind === 'list-item') && area === 'preamble' && !inTitle) {
      area = part.headings.length > 0 ? 'body' : area;
    }
    if (kind === 'title' || kind === 'subject') part.title = part.title ? `${part.title} ${text}` : text;
    info.kind = kind;
    info.part = part.index;
    infos.push(info);
  });
  part.end = doc.blocks.length - 1;
  parts.push(part);
  for (const p of parts) assignLevels(infos, p, doc);
  return { doc, blocks: infos, parts };
}

function newPart(index: number, start: number): DocPart {
  return { index, start, end: start, title: '', headings: [] };
}

/** Lines under "PHẦN THỨ NHẤT" that carry its title: short, unnumbered, not a sentence. */
function isHeadingTitleLine(text: string): boolean {
  if (text.length > 120 || parseNumbering(text)) return false;
  return isAllCaps(text) || (/^\p{Lu}/u.test(text) && !/[.;:]$/.test(text));
}

/** After an authority line, capitals (the title) and a short name belong to the signature. */
function isSignatureTail(infos: BlockInfo[], text: string): boolean {
  const previous = infos[infos.length - 1];
  if (previous?.kind !== 'signature') return false;
  return text.length <= 60 && !text.startsWith('-');
}
