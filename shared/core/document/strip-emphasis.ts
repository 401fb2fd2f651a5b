/** Result of removing Markdown-style emphasis left over from a Word conversion. */
export interface Emphasis {
  text: string;
  /** The whole line was bold (inside `**…**`, possibly a run spanning lines). */
  bold: boolean;
  /** The whole line was italic (`*…*`). */
  italic: boolean;
  /** A `**` opened on this line (or before) is still open at its end. */
  boldRunOpen: boolean;
}

/**
 * Strips `**bold**` and `*italic*` remnants. A `**` run may span lines ("**TM. BAN THƯỜNG VỤ\nCHỦ TỊCH**");
 * `boldRunOpen` carries that state to the next line. A leading "* " is a bullet, not emphasis, and
 * lone asterisks are kept.
 */
export function stripEmphasis(line: string, boldRunOpen: boolean): Emphasis {
  // Nearly every line has no asterisk at all: nothing to strip.
  if (!boldRunOpen && !line.includes('*'))
    return { text: line, bold: false, italic: false, boldRunOpen: false };
  let text = line;
  let bold = boldRunOpen;
  let open = boldRunOpen;
  const starts = text.startsWith('**');
  const ends = text.endsWith('**') && text.length >= 2;
  if (!open && starts && ends && text.length > 4) {
    text = text.slice(2, -2);
    bold = true;
  } else if (!open && starts && !text.slice(2).includes('**')) {
    text = text.slice(2);
    bold = true;
    open = true;
  } else if (open && ends && !text.slice(0, -2).includes('**')) {
    text = text.slice(0, -2);
    open = false;
  }
  text = text.replace(/\*\*([^*\n]+?)\*\*/g, '$1');
  let italic = false;
  const whole = /^\*([^*\s][^*]*?)\*$/.exec(text);
  if (whole?.[1] !== undefined) {
    text = whole[1];
    italic = true;
  }
  text = text.replace(/(^|[^*\p{L}\d])\*([^*\s][^*]*?)\*(?=$|[^*\p{L}\d])/gu, '$1$2');
  return { text, bold: bold && text.length > 0, italic, boldRunOpen: open };
}
