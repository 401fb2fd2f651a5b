import type { Block, DocModel } from '../document/doc-model.ts';
import * as hintCharacters from '../text/hint-characters.ts';
import * as normalize from '../text/normalize.ts';
import { isSpaceUnit } from '../text/space-unit.ts';
import { assignLevels } from './assign-levels.ts';
import type { BlockInfo, BlockKind, DocAnalysis, DocPart } from './block-info.ts';
import * as classify from './classify.ts';
import type { Numbering } from './numbering.ts';
import * as schemes from './numbering.ts';
import * as numberings from './parse-numbering.ts';
import { ATTACHED_LINE, headerLinesAbove, type PartMarker, partMarker } from './part-start.ts';

/** Schemes whose title may stand on the next line (NĐ 30: "Phần I" / TITLE on its own line). */
const TITLE_BELOW = new Set(['phan', 'chuong', 'muc', 'tieu-muc']);
/** Blocks that stay in their part when a new header opens below them. */
const STAYS = new Set<BlockKind>(['heading', 'heading-title', 'title', 'subject']);
/** A numbered paragraph longer than this carries its content inline. */
const INLINE_LENGTH = 160;

/**
 * Reads a document's structure: titles, headings with their numbering and depth, list items, the
 * closing area, and the parts (documents pasted together). Linear in the number of blocks.
 */
export function analyzeDocument(doc: DocModel): DocAnalysis {
  // Read once: an imported binding may be a getter (tsx, CommonJS), too slow to read a paragraph.
  const { isAllCaps, isAuthorityLine, isNoiNhanLine, isSeparatorLine, isSubjectLine, isTitleLine, isVvLine } =
    classify;
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
  /** A paragraph of the part's own text has been read (not only header lines). */
  let wrote = false;

  const startPart = (at: number, opening: DocPart['opening']) => {
    part.end = at - 1;
    parts.push(part);
    part = newPart(parts.length, at, opening);
    area = 'preamble';
    lastUpperLetter = 0;
    wrote = false;
  };
  // A new header, form or annex opens a new document once the current one has content; the header
  // lines just above a Quốc hiệu (issuer, Số) move with it, out of the closing of the one before.
  const openAt = (index: number, marker: PartMarker) => {
    const above =
      marker === 'header'
        ? headerLinesAbove(
            (i) => (STAYS.has(infos[i]?.kind ?? 'heading') ? '' : (infos[i]?.text ?? '')),
            index,
            part.start,
          )
        : 0;
    const at = index - above;
    startPart(at, marker);
    for (let i = at; i < index; i++) {
      const moved = infos[i];
      if (moved) {
        moved.part = part.index;
        moved.kind = 'body';
      }
    }
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
    const text = trimmed(analysed);
    const hasContent = part.headings.length > 0 || area === 'closing';
    let kind: BlockKind = 'body';
    let numbering: Numbering | null = null;
    let title = text;
    // A tab is a hint character: a line without hints holds none.
    const marker = partMarker(text, hinted);
    // A new Quốc hiệu opens a new document once this one has content. A form or annex label opens
    // one only after a closing or another form: "Biểu 1: Số liệu đoàn viên" over a table in the
    // body of a report is a caption.
    const opens =
      (hasContent || wrote) &&
      (marker === 'header' || area === 'closing' || part.form || part.opening === 'annex');
    if (marker && opens) openAt(index, marker);
    else if (marker && part.opening === 'start' && marker !== 'header' && !hasContent && !wrote)
      part.opening = marker;
    if (marker === 'form' && part.opening === 'form') part.form = true;

    if (isSeparatorLine(text)) {
      if (hasContent) startPart(index, 'separator');
      kind = 'separator';
    } else if (titleLinesLeft > 0 && isHeadingTitleLine(text)) {
      // "Chương I" / "QUY ĐỊNH CHUNG": the title of the chapter, even when it starts like a tên loại.
      kind = 'heading-title';
    } else if (isTitleLine(text) && !inTitle) {
      // "QUYẾT ĐỊNH:" before the articles (NĐ 30 Mẫu 1.2) is not a new document.
      if ((hasContent || (wrote && !text.endsWith(':'))) && !marker)
        startPart(index, /^PHỤ\s+LỤC/u.test(text) ? 'annex' : 'title');
      else if (/^PHỤ\s+LỤC/u.test(text) && part.opening === 'start') part.opening = 'annex';
      if (/^PHỤ\s+LỤC\b.*\bMẪU\b/u.test(text)) part.form = true; // "PHỤ LỤC 2 - MẪU BÁO CÁO"
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
    } else {
      numbering = parseNumbering(analysed, lastUpperLetter);
      if (numbering && isHeadingScheme(numbering.scheme)) {
        kind = 'heading';
        title = trimmed(analysed.slice(numbering.titleStart));
        if (numbering.scheme === 'upper-letter') lastUpperLetter = numbering.values[0] ?? 0;
      } else if (numbering) {
        kind = 'list-item';
        title = trimmed(analysed.slice(numbering.titleStart));
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
    if (kind === 'title' || kind === 'subject') {
      part.title = part.title ? `${part.title} ${text}` : text;
      if (part.attached < 0 && ATTACHED_LINE.test(text)) part.attached = index;
    } else if ((kind === 'body' || kind === 'list-item') && !wrote && part.title !== '') {
      wrote = text.length >= 60 && !text.includes('\t') && !isAllCaps(text);
    }
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

/** `s.trim()`, without the call when neither end is whitespace (nearly every paragraph). */
function trimmed(s: string): string {
  return isSpaceUnit(s.charCodeAt(0)) || isSpaceUnit(s.charCodeAt(s.length - 1)) ? s.trim() : s;
}

function newPart(index: number, start: number, opening: DocPart['opening'] = 'start'): DocPart {
  return { index, start, end: start, title: '', headings: [], opening, form: false, attached: -1 };
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
