import type { BlockStyle, PageSetup } from '../document/doc-model.ts';
import type { SkeletonBlock } from './skeleton-block.ts';

/** A4 portrait and margins inside NĐ 30's ranges (NĐ 30/2020, Phụ lục I, I.1 and I.5). */
export const SKELETON_PAGE: PageSetup = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
};
/** NĐ 30/2020, Phụ lục I, I.4: Times New Roman. */
export const SKELETON_FONT = 'Times New Roman';
/** Body text 13–14 pt (NĐ 30/2020, Phụ lục I, II.6.e): 14, as the sample layouts print it. */
export const SKELETON_BODY_SIZE = 14;
/** Guidance is the đề cương's prompt, shown grey and italic so nobody takes it for content. */
export const GUIDANCE_COLOR = '#7f7f7f';

const CM = 28.35;
/**
 * Header column widths in points, of the 16.5 cm text width (A4 less 30 + 15 mm margins): the Quốc
 * hiệu needs the wider right column (NĐ 30/2020, Phụ lục I, Mẫu trình bày: ô 1 bên phải, ô 2 bên trái).
 */
export const HEADER_WIDTHS_PT: readonly [number, number] = [6.5 * CM, 10 * CM];
/** Blank lines left for the signature between chức vụ and họ tên (NĐ 30/2020, Phụ lục I, II.7). */
const SIGNING_SPACE_LINES = 3;

/** One laid-out line: the block's text and style with the host-independent defaults filled in. */
export interface LayoutLine {
  text: string;
  style: BlockStyle;
  /** A prompt to replace: grey italic. */
  guidance?: boolean;
  ruleBelow?: SkeletonBlock['ruleBelow'];
}

/**
 * A paragraph of the body, or a two-column borderless table: the header (its widths in points), Nơi
 * nhận beside the signature (no widths: the columns share the text width evenly).
 */
export type LayoutPiece =
  | { kind: 'paragraph'; line: LayoutLine }
  | { kind: 'columns'; left: LayoutLine[]; right: LayoutLine[]; widths?: [number, number] };

const line = (b: SkeletonBlock, style: BlockStyle = b.style): LayoutLine => ({
  text: b.text,
  style,
  ...(b.role === 'guidance' ? { guidance: true } : {}),
  ...(b.ruleBelow ? { ruleBelow: b.ruleBelow } : {}),
});

/**
 * Skeleton blocks → the page every writing host lays out: the header lines as a two-column table
 * (cơ quan, số on the left; Quốc hiệu, Tiêu ngữ, địa danh on the right), the body as paragraphs
 * (headings justified at 14 pt unless the block says otherwise), Nơi nhận beside the signature in a
 * second two-column table with room to sign above the signer's name.
 */
export function skeletonLayout(blocks: readonly SkeletonBlock[]): LayoutPiece[] {
  const pieces: LayoutPiece[] = [];
  const header = blocks.filter((b) => b.role === 'header');
  if (header.length > 0) {
    pieces.push({
      kind: 'columns',
      left: header.filter((b) => b.column !== 'right').map((b) => line(b)),
      right: header.filter((b) => b.column === 'right').map((b) => line(b)),
      widths: [HEADER_WIDTHS_PT[0], HEADER_WIDTHS_PT[1]],
    });
  }
  for (const b of blocks) {
    if (b.role === 'header' || b.role === 'noi-nhan' || b.role === 'signature') continue;
    const style: BlockStyle =
      b.role === 'heading'
        ? { alignment: 'justify', ...b.style, fontSizePt: b.style.fontSizePt ?? SKELETON_BODY_SIZE }
        : b.style;
    pieces.push({ kind: 'paragraph', line: line(b, style) });
  }
  const noiNhan = blocks
    .filter((b) => b.role === 'noi-nhan')
    .map((b) => line(b, { alignment: 'left', ...b.style }));
  const signature = blocks.filter((b) => b.role === 'signature').map((b) => line(b));
  if (noiNhan.length > 0 || signature.length > 0) {
    const signer = signature.pop();
    const blank: LayoutLine = { text: '', style: { alignment: 'center' } };
    const right = signer ? [...signature, ...Array(SIGNING_SPACE_LINES).fill(blank), signer] : signature;
    pieces.push({ kind: 'columns', left: noiNhan, right });
  }
  return pieces;
}

/** A line's look with nothing left to the host: font, size, weight, slant, alignment, indents, colour. */
export interface ResolvedLook {
  fontFamily: string;
  fontSizePt: number;
  bold: boolean;
  italic: boolean;
  alignment: NonNullable<BlockStyle['alignment']>;
  indentStartPt: number;
  indentFirstLinePt: number;
  color: string;
}

/** The look a line is written with: its style, then Times New Roman 14, justified, black (guidance grey italic). */
export function resolveLook(l: LayoutLine): ResolvedLook {
  const s = l.style;
  return {
    fontFamily: s.fontFamily ?? SKELETON_FONT,
    fontSizePt: s.fontSizePt ?? SKELETON_BODY_SIZE,
    bold: s.bold ?? false,
    italic: s.italic ?? l.guidance ?? false,
    alignment: s.alignment ?? 'justify',
    indentStartPt: s.indentStartPt ?? 0,
    indentFirstLinePt: s.indentFirstLinePt ?? 0,
    color: l.guidance ? GUIDANCE_COLOR : '#000000',
  };
}
