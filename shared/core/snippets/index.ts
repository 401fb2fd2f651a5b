/** The snippet library: schema, search and fill-in. */
export { BLANK, fillSnippet, snippetFields } from './fill-snippet.ts';
export {
  type CaretContext,
  GROUP_PLACEMENT,
  type InsertPlan,
  planInsert,
  snippetPlacement,
} from './insert-placement.ts';
export { matchTrigger, type TriggerMatch, triggerTable } from './match-trigger.ts';
export {
  createSnippetIndex,
  type SearchOptions,
  type SnippetIndex,
  searchSnippets,
} from './search-snippets.ts';
export {
  Snippet,
  SnippetField,
  SnippetFile,
  SnippetGroup,
  SnippetPlacement,
  SnippetSource,
  SnippetTrigger,
} from './snippet-schema.ts';
