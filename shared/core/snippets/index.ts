/** The snippet library: schema, search and fill-in. */
export { BLANK, fillSnippet, snippetFields } from './fill-snippet.ts';
export {
  createSnippetIndex,
  type SearchOptions,
  type SnippetIndex,
  searchSnippets,
} from './search-snippets.ts';
export { Snippet, SnippetField, SnippetFile, SnippetGroup, SnippetSource } from './snippet-schema.ts';
