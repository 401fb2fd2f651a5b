import { planInsert, snippetPlacement } from '../../shared/core/snippets/insert-placement.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import type { InsertResult } from '../shared/messages.ts';
import { readCaretContext } from './caret-context.ts';
import { connectPage, insertIntoPage } from './page-link.ts';

/**
 * Inserts a snippet's filled `text` at the caret of the page in `tabId`: a block starts its own
 * paragraph, an inline snippet goes in at the caret (shared/core/snippets/insert-placement.ts), and
 * khung:insert then inserts exactly the planned text. The page is connected first so that it can
 * answer where its caret is (khung:caret); a page that cannot tell gets the text as it is.
 */
export async function insertSnippet(tabId: number, snippet: Snippet, text: string): Promise<InsertResult> {
  const connected = await connectPage(tabId);
  const context = connected.ok ? await readCaretContext(tabId) : null;
  return insertIntoPage(tabId, planInsert(snippetPlacement(snippet), text, context).text);
}
