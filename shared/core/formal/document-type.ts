import type { OutlineMatch } from '../outline/match-outline.ts';
import type { Outline } from '../outline/outline-schema.ts';
import type { DocHeader } from './header-line.ts';
import { type TypeAbbreviation, typeByCode, typeByTitle, typeOfDocumentType } from './type-abbreviations.ts';

/** What kind of document the header says this is, and how we know. */
export interface FormalType {
  /** The NĐ 30 type row; null for a công văn or a tên loại without a code (ĐỀ CƯƠNG, PHỤ LỤC). */
  type: TypeAbbreviation | null;
  /** A công văn: no tên loại, "V/v" trích yếu, no type code in the ký hiệu (NĐ 30 Mẫu 1.5). */
  congVan: boolean;
  /** "outline": the outline the document follows; "title": its tên loại line; "vv": only its "V/v" line. */
  source: 'outline' | 'title' | 'vv';
}

/**
 * The document's type for the formal rules: what the document itself says first (an outline may
 * be a detected guess): its tên loại line, else a "V/v" line (a công văn); else the documentType of
 * the outline it follows (not when it *is* the đề cương). Null when nothing says.
 */
export function formalTypeOf(
  header: DocHeader,
  outline: Outline | null,
  match: OutlineMatch | null,
): FormalType | null {
  if (header.title) return { type: typeByTitle(header.title.text) ?? null, congVan: false, source: 'title' };
  if (header.vv) return { type: null, congVan: true, source: 'vv' };
  if (outline && match && !match.isSource && match.part === 0 && outline.documentType !== 'de-cuong') {
    const congVan = outline.documentType === 'cong-van';
    return {
      type: congVan ? null : (typeOfDocumentType(outline.documentType) ?? null),
      congVan,
      source: 'outline',
    };
  }
  return null;
}

/** The type named by the first group of the ký hiệu ("KH" in "12/KH-LĐLĐ"), if it is a known code. */
export function typeOfKyHieu(header: DocHeader): TypeAbbreviation | undefined {
  const first = header.so?.parsed.groups[0]?.text;
  return first ? typeByCode(first) : undefined;
}
