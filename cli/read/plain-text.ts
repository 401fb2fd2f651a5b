import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { docFromText } from '../../shared/core/document/from-text.ts';

/** Markdown headings ("# …") or a Markdown table row: `khung skeleton` output saved as .txt. */
const MARKDOWN_SIGNS = /^(#{1,6}[ \t]+\S|\|[ \t:]*-{3,})/m;

/** Whether a text file carries Markdown headings or tables. */
export function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_SIGNS.test(text);
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
