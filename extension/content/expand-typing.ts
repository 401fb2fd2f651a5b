import { matchTrigger } from '../../shared/core/snippets/match-trigger.ts';
import {
  EXPAND_TRIGGERS_KEY,
  type ExpandRequest,
  isExpansionOn,
  onExpansionChange,
  type SelectBackRequest,
  storedList,
} from '../shared/expansion.ts';
import { caretText } from './caret-context.ts';
import { hasEditContext, isTextControl, selectionFor } from './editable.ts';
import { lastFocus } from './focus-tracker.ts';
import { pageUrl } from './page-url.ts';
import { siteEnabled } from './site-enabled.ts';
import { nextTask } from './wait.ts';

// Expansion while typing, the page's part: after each key the officer types in the remembered editor,
// the text before the caret is matched against the library's triggers (the core's matchTrigger). A
// match selects the trigger and tells the side panel, which inserts the snippet over the selection
// through its usual path (a form first when the snippet has fields; block or inline by the core's
// rule; khung:insert) — so trigger and snippet swap in one undo step, and one Ctrl+Z brings the typed
// trigger back. With no panel to answer, the caret goes back after the trigger, as typed. Only on
// sites where the officer turned expansion on (extension/shared/expansion.ts).

let triggers: ReadonlyMap<string, string> = new Map();
let busy = false;
/**
 * The text before the caret when a trigger there was last declined (its snippet needs the panel's
 * form). A key is seen twice, on input and on keyup, and the keyup usually comes after the answer:
 * read again, the same trigger would be selected again while the officer types on, and the next key
 * would replace it. Any other text before the caret clears it, so a trigger typed again is read.
 */
let declined = '';

async function refresh(): Promise<void> {
  const list = (await isExpansionOn(pageUrl())) ? await storedList(EXPAND_TRIGGERS_KEY) : [];
  triggers = new Map(list.map((t) => [t, t]));
}

/** Selects the `length` characters before the caret; 0 puts the caret back after the selection. */
async function selectBack(el: HTMLElement, length: number): Promise<unknown> {
  if (isTextControl(el)) {
    const end = el.selectionEnd ?? 0;
    el.setSelectionRange(end - length, end, 'backward');
    return el.value.slice(end - length, end);
  }
  // An EditContext (Monaco) has no DOM selection: the worker selects with its keys (select-back.ts).
  if (hasEditContext(el)) {
    const request: SelectBackRequest = { type: 'khung:select-back', length };
    return chrome.runtime.sendMessage(request).catch(() => '');
  }
  const sel = selectionFor(el);
  if (!length) sel?.collapseToEnd();
  for (let i = 0; i < length; i++) sel?.modify('extend', 'backward', 'character');
  return sel?.toString() ?? '';
}

async function expandAtCaret(): Promise<void> {
  const target = lastFocus();
  const around = target && siteEnabled() ? caretText(target) : null;
  if (!target || !around || around.before === declined) return;
  declined = '';
  const match = matchTrigger(around.before, triggers);
  if (!match || (await selectBack(target.element, match.length)) !== match.snippet) return;
  // The focus tracker takes the selection from selectionchange (a task) before the panel asks for it.
  await nextTask();
  const request: ExpandRequest = { type: 'khung:expand', trigger: match.snippet };
  const answer: unknown = await chrome.runtime.sendMessage(request).catch(() => 0);
  if ((answer as { ok?: unknown } | null)?.ok !== true) {
    declined = around.before;
    await selectBack(target.element, 0);
  }
}

function onKey(event: Event): void {
  if (!event.isTrusted || busy || triggers.size === 0 || (event as KeyboardEvent).isComposing) return;
  busy = true;
  // After the editor committed the key (some commit on the next task).
  void nextTask()
    .then(expandAtCaret)
    .finally(() => {
      busy = false;
    });
}

/**
 * Starts expansion in `doc`: follows the site's setting and the trigger list, and checks for a
 * trigger after each key typed (input for most editors, keyup for those that cancel the input).
 */
export function startExpansion(doc: Document): void {
  void refresh();
  onExpansionChange(() => void refresh());
  doc.addEventListener('input', onKey, true);
  doc.addEventListener('keyup', onKey, true);
}
