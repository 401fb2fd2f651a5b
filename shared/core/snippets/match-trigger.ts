// Expansion while typing: which snippet's trigger the officer just finished typing. Pure, so the
// content script (which watches the keys) and any other host decide alike. Generic over what a host
// keeps per trigger (a Snippet, or the content script's smaller table entry).

/** A trigger found at the caret: what it stands for and how many characters before the caret to replace. */
export interface TriggerMatch<T> {
  snippet: T;
  length: number;
}

/** The items that have a trigger, keyed by it (the first one wins if a library repeats one). */
export function triggerTable<T extends { trigger?: string | undefined }>(
  items: readonly T[],
): ReadonlyMap<string, T> {
  const table = new Map<string, T>();
  for (const item of items)
    if (item.trigger !== undefined && !table.has(item.trigger)) table.set(item.trigger, item);
  return table;
}

/**
 * The trigger that `textBeforeCaret` (the caret's paragraph up to the caret) ends with, if any: it
 * must start the paragraph or follow a space or punctuation ("a;nn" is not ";nn"). Triggers are
 * ASCII letters, digits and "đ" (snippet-schema.ts), which have no decomposed form, so the editor's
 * text is compared as it is and `length` counts its own characters. The longest trigger wins.
 */
export function matchTrigger<T>(
  textBeforeCaret: string,
  table: ReadonlyMap<string, T>,
): TriggerMatch<T> | null {
  let best: TriggerMatch<T> | null = null;
  for (const [trigger, snippet] of table) {
    if (!textBeforeCaret.endsWith(trigger)) continue;
    const at = textBeforeCaret.length - trigger.length;
    // A trigger starts the line or follows anything but a letter or digit.
    if (at > 0 && /[\p{L}\p{N}]/u.test(textBeforeCaret.charAt(at - 1))) continue;
    if (best === null || trigger.length > best.length) best = { snippet, length: trigger.length };
  }
  return best;
}
