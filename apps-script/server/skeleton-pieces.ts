import type { SkeletonBlock } from '../../shared/core/outline/skeleton-block.ts';
import type { Line, Piece } from './write-blocks.ts';

const CM = 28.35;
/**
 * Header column widths in points, of a 16.5 cm text width (A4 minus NĐ 30's 30 + 15 mm margins): the
 * Quốc hiệu needs the wider right column. The closing table keeps Docs' even split (two calls saved).
 */
const HEADER_WIDTHS: [number, number] = [6.5 * CM, 10 * CM];

const line = (b: SkeletonBlock): Line => ({
  text: b.text,
  style: b.style,
  ...(b.role === 'guidance' ? { guidance: true } : {}),
});

/**
 * Skeleton blocks → what the add-on writes: the header lines as a two-column borderless table, the
 * body as paragraphs (headings keep their Docs heading level and NĐ 30 weight; body text is
 * justified), Nơi nhận beside the signature in a second borderless table.
 */
export function skeletonPieces(blocks: readonly SkeletonBlock[]): Piece[] {
  const pieces: Piece[] = [];
  const header = blocks.filter((b) => b.role === 'header');
  if (header.length > 0) {
    pieces.push({
      kind: 'columns',
      left: header.filter((b) => b.column === 'left').map(line),
      right: header.filter((b) => b.column === 'right').map(line),
      widths: HEADER_WIDTHS,
    });
  }
  for (const b of blocks) {
    if (b.role === 'header' || b.role === 'noi-nhan' || b.role === 'signature') continue;
    const style =
      b.role === 'heading'
        ? { alignment: 'justify' as const, ...b.style, fontSizePt: b.style.fontSizePt ?? 14 }
        : b.style;
    pieces.push({ kind: 'paragraph', line: { ...line(b), style } });
  }
  const noiNhan = blocks
    .filter((b) => b.role === 'noi-nhan')
    .map((b) => ({ ...line(b), style: { alignment: 'left' as const, ...b.style } }));
  const signature = blocks.filter((b) => b.role === 'signature').map(line);
  if (noiNhan.length > 0 || signature.length > 0) {
    // Room to sign between the title and the signer's name (NĐ 30, Phụ lục I, II.7).
    const signer = signature.pop();
    const right = signer ? [...signature, ...blankLines(3), signer] : signature;
    pieces.push({ kind: 'columns', left: noiNhan, right });
  }
  return pieces;
}

function blankLines(n: number): Line[] {
  return Array.from({ length: n }, () => ({ text: '', style: { alignment: 'center' as const } }));
}
