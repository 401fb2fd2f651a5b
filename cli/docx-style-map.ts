import type { Alignment } from '../shared/core/document/doc-model.ts';

/** Word's w:jc values and the alignment each means. */
const WORD_ALIGNMENT: Record<string, Alignment> = {
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
  left: 'left',
  start: 'left',
};
const ALIGNMENTS: readonly Alignment[] = ['center', 'right', 'justify', 'left'];

/**
 * Style names that mean a heading. Word stores built-in styles under English names ("heading 1") in
 * every UI language; the Vietnamese names come from templates whose authors made their own styles.
 */
const HEADING_NAMES = (n: number) => [
  `heading ${n}`,
  `Heading ${n}`,
  `Heading${n}`,
  `Tiêu đề ${n}`,
  `Đầu đề ${n}`,
];
const TITLE_NAMES = ['Title', 'title', 'Tiêu đề', 'Tựa đề'];

/** [style name, HTML path] pairs: headings to h1–h6, Title to <p class="title"> (as Google Docs exports it). */
function targets(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let n = 1; n <= 6; n++) for (const name of HEADING_NAMES(n)) out.push([name, `h${n}`]);
  for (const name of TITLE_NAMES) out.push([name, 'p.title']);
  return out;
}

const LIST_PATHS = [
  ['unordered-list(1)', 'ul > li'],
  ['unordered-list(2)', 'ul|ol > li > ul > li'],
  ['unordered-list(3)', 'ul|ol > li > ul|ol > li > ul > li'],
  ['ordered-list(1)', 'ol > li'],
  ['ordered-list(2)', 'ul|ol > li > ol > li'],
  ['ordered-list(3)', 'ul|ol > li > ul|ol > li > ol > li'],
];

/**
 * The mammoth style map. mammoth drops paragraph alignment, so `markAlignment` first renames each
 * aligned paragraph's style id to `KhungAlign_<alignment>` and these rules turn it into a class that
 * `DOCX_ALIGNMENT_CSS` gives the matching text-align, which docFromHtml then reads.
 */
export function docxStyleMap(): string[] {
  const rules: string[] = [];
  for (const a of ALIGNMENTS) {
    const id = `p.KhungAlign_${a}`;
    for (const [name, path] of targets())
      rules.push(`${id}[style-name='${name}'] => ${path}.khung-${a}:fresh`);
    for (const [list, path] of LIST_PATHS) rules.push(`${id}:${list} => ${path}.khung-${a}:fresh`);
    rules.push(`${id} => p.khung-${a}:fresh`);
  }
  for (const [name, path] of targets()) rules.push(`p[style-name='${name}'] => ${path}:fresh`);
  return rules;
}

/** A stylesheet to put before mammoth's HTML so the alignment classes mean something. */
export const DOCX_ALIGNMENT_CSS = `<style>${ALIGNMENTS.map((a) => `.khung-${a}{text-align:${a}}`).join('')}</style>`;

/** The part of mammoth's document tree that markAlignment reads and writes. */
interface MammothNode {
  type?: string;
  styleId?: string | null;
  styleName?: string | null;
  alignment?: string | null;
  children?: MammothNode[];
}

/** mammoth `transformDocument`: encodes each paragraph's alignment in its style id (see docxStyleMap). */
export function markAlignment<T>(node: T): T {
  const n = node as MammothNode;
  for (const child of n.children ?? []) markAlignment(child);
  const alignment = n.type === 'paragraph' ? WORD_ALIGNMENT[n.alignment ?? ''] : undefined;
  if (alignment) {
    n.styleName ??= n.styleId ?? null; // keep "Heading1" recognisable when styles.xml has no name for it
    n.styleId = `KhungAlign_${alignment}`;
  }
  return node;
}
