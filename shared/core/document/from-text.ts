import type { Block, BlockStyle, DocMeta, DocModel } from './doc-model.ts';
import { type Emphasis, stripEmphasis } from './strip-emphasis.ts';

/** Characters that end a sentence or a clause; a line ending without one may continue on the next. */
const TERMINAL_UNITS = new Set(Array.from('.;:!?…)"”»\'’', (ch) => ch.charCodeAt(0)));
/** A fragment made only of punctuation belongs to the line before it ("chủ yếu\n."). */
const PUNCT_ONLY = /^[.;:,!?…]+(\/\.)?$/;
const PUNCT_ONLY_START = new Set(Array.from('.;:,!?…', (ch) => ch.charCodeAt(0)));
const LOWER_START = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/;
const QUOTE_START = /^[“"«‘]/;
/** The quyền hạn of a signature block (NĐ 30/2020, Phụ lục I, mục II.7): always its own line. */
const SIGNATURE_START = /^(?:TM|KT|TL|TUQ|Q)\.\s/u;
/** A numbered heading label at the start of a line: I. / 1. / 1.1. / a) / Phần / Chương … */
const LABEL_START =
  /^(?:[IVXLC]+\.|\d{1,2}(?:\.\d{1,2}){0,2}\.?\s|[a-zđ][.)]\s|(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục|Điều)\s)/u;

/**
 * The style of every paragraph without emphasis (nearly all): one frozen object, not one each —
 * a long report has thousands of paragraphs. Frozen, so a caller that tried to change it would fail
 * loudly; callers replace a block's style (apply-fixes does) rather than change it.
 */
const PLAIN: BlockStyle = Object.freeze({});

/** A paragraph's emphasis as a style: PLAIN without any, else a style of its own. */
function styleOf(bold: boolean, italic: boolean): BlockStyle {
  if (!bold && !italic) return PLAIN;
  const style: BlockStyle = {};
  if (bold) style.bold = true;
  if (italic) style.italic = true;
  return style;
}

/**
 * Builds a DocModel from plain text as Word conversions produce it: one paragraph a line, blank lines
 * as noise, `*…*`/`**…**` emphasis remnants, and paragraphs broken by page breaks or soft wraps.
 */
export function docFromText(text: string, meta: DocMeta = {}): DocModel {
  const bare = text.replace(/^\uFEFF/, '');
  // One line end: "\r\n" and a lone "\r" become "\n", so lines are what split(/\r\n|\r|\n/) gives;
  // reading them with indexOf is several times faster than a regex split, twice a plain one.
  const body = bare.includes('\r') ? bare.replace(/\r\n?/g, '\n') : bare;
  const blocks: Block[] = [];
  // The paragraph being built is its block itself, pushed when the next one starts.
  let current: Block | null = null;
  /** Length of the last physical line of `current`, to tell a wrapped paragraph from a short heading. */
  let lastLineLength = 0;
  let boldRun = false;
  let blanksSince = 0;

  const flush = () => {
    if (current && current.text.length > 0) blocks.push(current);
    current = null;
  };

  // The first "*" at or after the line read: one search through the text rather than one a line.
  let star = body.indexOf('*');
  // Line i runs from `start` to the next "\n" (or the end); like split, a final "\n" ends an empty line.
  for (let i = 0, start = 0; start <= body.length; i++) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    if (star >= 0 && star < start) star = body.indexOf('*', start);
    // trimEnd/trimStart drop exactly \s (NBSP included), as /\s+$/ would, without a regex a line;
    // called only where an end may be \s, every unit of which is below U+0021 or above U+009F.
    const line = body.slice(start, end);
    const raw = mayBeSpace(line.charCodeAt(line.length - 1)) ? line.trimEnd() : line;
    start = end + 1;
    const trimmed = mayBeSpace(raw.charCodeAt(0)) ? raw.trimStart() : raw;
    if (trimmed.length === 0) {
      blanksSince++;
      continue;
    }
    // Nearly every line has no asterisk and no bold run open: nothing to strip, as stripEmphasis
    // would find, and no object to make for it. Trimming drops no "*": the line holds one if
    // the text does between its start and its end.
    const emphasis: Emphasis | null =
      boldRun || (star >= 0 && star < end) ? stripEmphasis(trimmed, boldRun) : null;
    boldRun = emphasis?.boldRunOpen ?? false;
    const bold = emphasis?.bold ?? false;
    const italic = emphasis?.italic ?? false;
    const piece = emphasis ? emphasis.text.trimStart() : trimmed;
    if (piece.length === 0) continue;

    const prev: Block | null = current;
    if (prev && shouldJoin(prev.text, lastLineLength, piece, blanksSince)) {
      const glue = isPunctuationOnly(piece) ? '' : ' ';
      prev.text = `${prev.text.trimEnd()}${glue}${piece}`;
      // The joined paragraph is bold (italic) only if every line was; PLAIN has nothing to drop.
      if (prev.style !== PLAIN && (!bold || !italic)) {
        prev.style = styleOf(prev.style.bold === true && bold, prev.style.italic === true && italic);
      }
    } else {
      flush();
      current = { text: piece, style: styleOf(bold, italic), line: i + 1 };
    }
    lastLineLength = piece.length;
    blanksSince = 0;
  }
  flush();
  return { blocks, meta: { source: 'text', ...meta } };
}

/**
 * Whether a new line continues the pending paragraph (`prev`, whose last physical line was
 * `lastLineLength` long) instead of starting one.
 */
function shouldJoin(prev: string, lastLineLength: number, next: string, blanks: number): boolean {
  if (isPunctuationOnly(next)) return blanks <= 1;
  if (blanks > 2) return false;
  const prevText = mayBeSpace(prev.charCodeAt(prev.length - 1)) ? prev.trimEnd() : prev;
  if (endsClause(prevText)) return false;
  if (LABEL_START.test(next) || SIGNATURE_START.test(next) || /^[-+•*–]\s/.test(next)) return false;
  // A page break or soft wrap cut a sentence: the rest starts in lower case.
  if (LOWER_START.test(next)) return lastLineLength >= 40 || blanks === 0;
  // A quotation continuing a long wrapped line ("nhà ở\n\n“Mái ấm công đoàn” theo …").
  if (QUOTE_START.test(next) && lastLineLength >= 60 && /\p{L}$/u.test(prevText)) {
    return LOWER_START.test(next.replace(/^[“"«‘][^”"»’]*[”"»’]\s*/u, '')) || blanks === 0;
  }
  // A numbered heading in capitals wrapped onto a second line of capitals.
  // (The cheap label test first: most lines that get here are headings in lower case.)
  if (blanks === 0 && LABEL_START.test(prevText) && isUpper(prevText) && isUpper(next)) return true;
  return false;
}

/** False for a unit that is surely not whitespace (\s): U+0021–U+009F, the ASCII text of most line ends. */
function mayBeSpace(c: number): boolean {
  return !(c > 0x20 && c < 0xa0);
}

/** Whether a line ends a sentence or a clause: /[.;:!?…)"”»'’]$/, from its last unit. */
function endsClause(s: string): boolean {
  return TERMINAL_UNITS.has(s.charCodeAt(s.length - 1));
}

/** Whether a line is only punctuation, PUNCT_ONLY; its first unit rules out nearly every line. */
function isPunctuationOnly(s: string): boolean {
  return PUNCT_ONLY_START.has(s.charCodeAt(0)) && PUNCT_ONLY.test(s);
}

/** Whether all letters are capitals, at least three (as isAllCaps in headings/classify). */
function isUpper(s: string): boolean {
  // Any ASCII lowercase letter settles it without building the letters string.
  if (/[a-z]/.test(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi');
}
