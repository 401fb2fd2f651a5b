import type { Token } from 'markdown-it';

/** One line of a paragraph, heading or cell once inline Markdown is rendered. */
export interface InlineLine {
  text: string;
  /** Every visible character is inside strong emphasis (`**…**`, `__…__`). */
  bold: boolean;
  /** Every visible character is inside emphasis (`*…*`, `_…_`). */
  italic: boolean;
  /** 1-based source line where this line starts. */
  line: number;
}

interface Piece {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** `<br>`, `<br/>`, `<br />` written inline (a GFM table cell has no other way to break a line). */
const BR = /^<br\s*\/?>$/i;
const COMMENT = /^<!--[\s\S]*-->$/;
const newlines = (s: string): number => s.split('\n').length - 1;

/**
 * Renders the inline tokens of a block to text: emphasis markers go (and say whether they cover
 * everything), links keep their text, images their alt text, code spans their code; a hard break or
 * an inline `<br>` ends a line, as a line break ends a block in the .docx and .html readers.
 */
export function renderInline(tokens: readonly Token[], firstLine: number): InlineLine[] {
  const lines: InlineLine[] = [];
  let pieces: Piece[] = [];
  let start = firstLine;
  let line = firstLine;
  let bold = 0;
  let italic = 0;
  const end = () => {
    const text = pieces
      .map((p) => p.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const inked = pieces.filter((p) => /\S/.test(p.text));
    if (text !== '')
      lines.push({
        text,
        bold: inked.every((p) => p.bold),
        italic: inked.every((p) => p.italic),
        line: start,
      });
    pieces = [];
    start = line;
  };
  const add = (text: string) => pieces.push({ text, bold: bold > 0, italic: italic > 0 });

  for (const t of tokens) {
    if (t.type === 'strong_open') bold++;
    else if (t.type === 'strong_close') bold--;
    else if (t.type === 'em_open') italic++;
    else if (t.type === 'em_close') italic--;
    else if (t.type === 'softbreak') {
      add(' ');
      line++;
    } else if (t.type === 'hardbreak') {
      line++;
      end();
    } else if (t.type === 'html_inline' && BR.test(t.content.trim())) end();
    else if (t.type === 'html_inline' && COMMENT.test(t.content.trim())) line += newlines(t.content);
    else if (t.type === 'image') add((t.children ?? []).map((c) => c.content).join(''));
    else if (t.type === 'text' || t.type === 'code_inline' || t.type === 'html_inline') {
      add(t.content);
      line += newlines(t.content);
    }
  }
  end();
  return lines;
}
