import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { docFromText } from '../../shared/core/document/from-text.ts';

/** Markdown headings ("# …") or a Markdown table row: `khung skeleton` output saved as .txt. */
const MARKDOWN_SIGNS = /^(#{1,6}[ \t]+\S|\|[ \t:]*-{3,})/m;

/** Whether a text file carries Markdown headings or tables: the readable definition of looksLikeMarkdown. */
export function looksLikeMarkdownByRegex(text: string): boolean {
  return MARKDOWN_SIGNS.test(text);
}

/** The same signs, tried where a line begins with "#" or "|". */
const SIGN_AT = /#{1,6}[ \t]+\S|\|[ \t:]*-{3,}/y;
const startsLine = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

/**
 * Whether a text file carries Markdown headings or tables. The multiline regex tries its anchor at
 * every position of the text (≈ 15 ms on a 5 MB report); every sign begins with "#" or "|", so only
 * those characters that begin a line (after any line terminator of `^`) are tried.
 */
export function looksLikeMarkdown(text: string): boolean {
  for (const lead of ['#', '|']) {
    for (let at = text.indexOf(lead); at !== -1; at = text.indexOf(lead, at + 1)) {
      if (at > 0 && !startsLine(text.charCodeAt(at - 1))) continue;
      SIGN_AT.lastIndex = at;
      if (SIGN_AT.test(text)) return true;
    }
  }
  return false;
}

/**
 * A .txt file or standard input: plain text, or Markdown when it carries Markdown headings or tables
 * (a skeleton printed by `khung skeleton` and saved as .txt must not lose its headings). The Markdown
 * parser is loaded only then, so checking plain text never pays for it.
 */
export async function readPlainText(text: string, name: string): Promise<DocModel> {
  if (!looksLikeMarkdown(text)) return docFromText(text, { name, source: 'text', styled: false });
  const { docFromMarkdown } = await import('./markdown.ts');
  return docFromMarkdown(text, { name, source: 'markdown', styled: false });
}
