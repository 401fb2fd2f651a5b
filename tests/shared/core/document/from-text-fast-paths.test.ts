import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, BlockStyle, DocMeta, DocModel } from '../../../../shared/core/document/doc-model.ts';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { stripEmphasis } from '../../../../shared/core/document/strip-emphasis.ts';

// The readable definition docFromText's fast paths must agree with: a regex split into lines, a
// regex for the clause end and the punctuation-only line, stripEmphasis on every line, the capitals
// test before the label test. Kept as it was written before the fast paths.
/** Characters that end a sentence or a clause; a line ending without one may continue on the next. */
const TERMINAL = /[.;:!?…)"”»'’]$/;
/** A fragment made only of punctuation belongs to the line before it ("chủ yếu\n."). */
const PUNCT_ONLY = /^[.;:,!?…]+(\/\.)?$/;
const LOWER_START = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/;
const QUOTE_START = /^[“"«‘]/;
/** The quyền hạn of a signature block (NĐ 30/2020, Phụ lục I, mục II.7): always its own line. */
const SIGNATURE_START = /^(?:TM|KT|TL|TUQ|Q)\.\s/u;
/** A numbered heading label at the start of a line: I. / 1. / 1.1. / a) / Phần / Chương … */
const LABEL_START =
  /^(?:[IVXLC]+\.|\d{1,2}(?:\.\d{1,2}){0,2}\.?\s|[a-zđ][.)]\s|(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục|Điều)\s)/u;

interface Pending {
  text: string;
  line: number;
  style: BlockStyle;
  /** Length of the last physical line, to tell a wrapped paragraph from a short heading. */
  lastLineLength: number;
}

/**
 * Builds a DocModel from plain text as Word conversions produce it: one paragraph a line, blank lines
 * as noise, `*…*`/`**…**` emphasis remnants, and paragraphs broken by page breaks or soft wraps.
 */
function docFromTextDefinition(text: string, meta: DocMeta = {}): DocModel {
  const body = text.replace(/^\uFEFF/, '');
  // Without a carriage return the regex split equals a plain one, several times faster.
  const lines = body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
  const blocks: Block[] = [];
  let current: Pending | null = null;
  let boldRun = false;
  let blanksSince = 0;

  const flush = () => {
    if (current && current.text.length > 0) {
      blocks.push({ text: current.text, style: current.style, line: current.line });
    }
    current = null;
  };

  for (let i = 0; i < lines.length; i++) {
    // trimEnd/trimStart drop exactly \s (NBSP included), as /\s+$/ would, without a regex a line.
    const raw = (lines[i] ?? '').trimEnd();
    const trimmed = raw.trimStart();
    if (trimmed.length === 0) {
      blanksSince++;
      continue;
    }
    const emphasis = stripEmphasis(trimmed, boldRun);
    boldRun = emphasis.boldRunOpen;
    const piece = emphasis.text.trimStart();
    if (piece.length === 0) continue;

    const prev: Pending | null = current;
    if (prev && shouldJoin(prev, piece, blanksSince)) {
      const glue = PUNCT_ONLY.test(piece) ? '' : ' ';
      prev.text = `${prev.text.trimEnd()}${glue}${piece}`;
      prev.lastLineLength = piece.length;
      if (!emphasis.bold) delete prev.style.bold;
      if (!emphasis.italic) delete prev.style.italic;
    } else {
      flush();
      const style: BlockStyle = {};
      if (emphasis.bold) style.bold = true;
      if (emphasis.italic) style.italic = true;
      current = { text: piece, line: i + 1, style, lastLineLength: piece.length };
    }
    blanksSince = 0;
  }
  flush();
  return { blocks, meta: { source: 'text', ...meta } };
}

/** Whether a new line continues the pending paragraph instead of starting one. */
function shouldJoin(prev: Pending, next: string, blanks: number): boolean {
  if (PUNCT_ONLY.test(next)) return blanks <= 1;
  if (blanks > 2) return false;
  const prevText = prev.text.trimEnd();
  if (TERMINAL.test(prevText)) return false;
  if (LABEL_START.test(next) || SIGNATURE_START.test(next) || /^[-+•*–]\s/.test(next)) return false;
  // A page break or soft wrap cut a sentence: the rest starts in lower case.
  if (LOWER_START.test(next)) return prev.lastLineLength >= 40 || blanks === 0;
  // A quotation continuing a long wrapped line ("nhà ở\n\n“Mái ấm công đoàn” theo …").
  if (QUOTE_START.test(next) && prev.lastLineLength >= 60 && /\p{L}$/u.test(prevText)) {
    return LOWER_START.test(next.replace(/^[“"«‘][^”"»’]*[”"»’]\s*/u, '')) || blanks === 0;
  }
  // A numbered heading in capitals wrapped onto a second line of capitals.
  if (blanks === 0 && isUpper(prevText) && isUpper(next) && LABEL_START.test(prevText)) return true;
  return false;
}

function isUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi');
}

/** Lines of text as Word conversions give them: headings, body, list items, emphasis, wraps, line ends. */
// biome-ignore format: one row per purpose
const piece = fc.constantFrom(
  '\n', '\n', '\n', '\r\n', '\r', '\n\n', '\n\n\n', ' ', '\u00a0', '\t', '\ufeff',
  '*', '**', '* ', 'x*', '*x*', '**B**',
  '.', ';', ':', ',', '!', '?', '…', ')', '"', '”', '»', "'", '’', '/.', '“', '«', '‘',
  'I.', 'II. ', '1. ', '1.2 ', 'a) ', 'đ. ', 'Phần ', 'CHƯƠNG ', 'Điều ', 'TM. ', 'KT. ', '- ', '+ ', '• ', '– ',
  'KẾT QUẢ', 'ĐẶC ĐIỂM TÌNH HÌNH', 'CÔNG ĐOÀN', 'Tình hình chung', 'và', 'nội dung', 'Ban Chấp hành',
  'a'.repeat(45), 'A'.repeat(65), 'thực hiện nhiệm vụ của công đoàn cơ sở trong năm qua',
);
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('docFromText fast paths', () => {
  it('give the blocks of the readable definition on any mix of lines, emphasis and line ends', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(docFromText(t)).toStrictEqual(docFromTextDefinition(t));
      }),
      { numRuns: 20000 },
    );
  });

  it('give the blocks of the readable definition on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (t) => {
        expect(docFromText(t)).toStrictEqual(docFromTextDefinition(t));
      }),
    );
  });
});
