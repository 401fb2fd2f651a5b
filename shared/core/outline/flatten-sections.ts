import { letterAt, ordinalWord, toRoman } from '../headings/vietnamese-letters.ts';
import type { Outline, Section } from './outline-schema.ts';

/** A section with its place in the outline tree. */
export interface FlatSection {
  section: Section;
  /** Index in the flattened (depth-first) list. */
  index: number;
  /** 1 = top level. */
  depth: number;
  /** Index of the parent in the flattened list, or -1. */
  parent: number;
  /** The number as it is printed: "I", "2", "1.1", "a", "THỨ NHẤT". */
  label: string;
  /** Path of labels from the top: "II.3". */
  path: string;
}

/** The outline's sections depth-first, each with its depth, parent and printed number. */
export function flattenSections(outline: Outline): FlatSection[] {
  const out: FlatSection[] = [];
  const walk = (sections: Section[], depth: number, parent: number, parentPath: string) => {
    const counters = new Map<string, number>();
    for (const section of sections) {
      const count = (counters.get(section.numbering) ?? 0) + 1;
      counters.set(section.numbering, count);
      const label = section.label ?? defaultLabel(section.numbering, count);
      const path = parentPath ? `${parentPath}.${label}` : label;
      const index = out.length;
      out.push({ section, index, depth, parent, label, path });
      if (section.children) walk(section.children, depth + 1, index, path);
    }
  };
  walk(outline.sections, 1, -1, '');
  return out;
}

/** The label a section gets when the outline gives none: its position in its scheme. */
export function defaultLabel(scheme: Section['numbering'], position: number): string {
  switch (scheme) {
    case 'phan':
      return `THỨ ${ordinalWord(position)}`;
    case 'chuong':
    case 'roman':
      return toRoman(position);
    case 'upper-letter':
      return letterAt(position).toUpperCase();
    case 'letter-paren':
    case 'letter-dot':
      return letterAt(position);
    case 'none':
      return '';
    default:
      return String(position);
  }
}

/** The heading line as NĐ 30 prints it: "I. TITLE", "1. Title", "a) Title", "PHẦN THỨ NHẤT". */
export function headingText(flat: FlatSection): string {
  const { section, label } = flat;
  // A parameter left in a title ("… NĂM {{nam}}") shows as "…": never as "{{NAM}}" once upper-cased,
  // never as template syntax in a checklist, a message or a heading a fix inserts.
  const title = section.title.replace(/\{\{\s*[\p{L}\w-]+\s*\}\}/gu, '…');
  switch (section.numbering) {
    case 'phan':
      return `PHẦN ${label}`;
    case 'chuong':
      return `Chương ${label}`;
    case 'muc':
      return `Mục ${label}`;
    case 'tieu-muc':
      return `Tiểu mục ${label}`;
    case 'dieu':
      return `Điều ${label}. ${title}`;
    case 'roman':
    case 'upper-letter':
      return `${label}. ${title.toLocaleUpperCase('vi')}`;
    case 'letter-paren':
      return `${label}) ${title}`;
    case 'none':
      return title;
    default:
      return `${label}. ${title}`;
  }
}

/** Whether the scheme prints its title on a line of its own under the number. */
export function titleOnOwnLine(scheme: Section['numbering']): boolean {
  return scheme === 'phan' || scheme === 'chuong' || scheme === 'muc' || scheme === 'tieu-muc';
}
