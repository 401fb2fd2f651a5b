import { foldWords } from '../../shared/core/text/fold.ts';

// Build-time slimming of the snippet files bundled into Sidebar.html (used by vite.sidebar.config.ts):
// the inlined sidebar has a 60 KB gzipped budget and the library grows, so what the
// sidebar never uses is left out. Pure, so tests can prove it changes no search result.

/**
 * The search words a snippet's terms add beyond its label, folded, each once. Lossless for
 * searchSnippets: it folds terms into a bag of words and scores a word found in the label before
 * the terms, so a term word that is also a label word never changes a result or its rank.
 */
export function extraTerms(label: string, terms: readonly string[]): string[] {
  const labelWords = new Set(foldWords(label));
  const extra = [...new Set(terms.flatMap(foldWords))].filter((w) => !labelWords.has(w));
  return extra.length > 0 ? [extra.join(' ')] : [];
}

/**
 * A snippets/*.json file as the sidebar needs it: without the `$schema` pointer, without each
 * citation's `source` record (the options page, the CLI and the tests keep it), and with only the
 * search terms' words that the label does not already hold. Anything unexpected is left as it is.
 */
export function leanSnippetFile(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const { $schema: _, ...file } = data as Record<string, unknown>;
  if (!Array.isArray(file.snippets)) return file;
  file.snippets = file.snippets.map((raw: unknown) => {
    if (typeof raw !== 'object' || raw === null) return raw;
    const { source: __, ...snippet } = raw as Record<string, unknown>;
    const terms = snippet.terms;
    if (
      typeof snippet.label === 'string' &&
      Array.isArray(terms) &&
      terms.every((t) => typeof t === 'string')
    ) {
      snippet.terms = extraTerms(snippet.label, terms as string[]);
    }
    return snippet;
  });
  return file;
}
