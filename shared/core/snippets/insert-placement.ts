import type { Snippet, SnippetGroup, SnippetPlacement } from './snippet-schema.ts';

// Block or inline: where a snippet's text goes relative to the paragraph the caret is in. One rule
// for every host, so the add-on, the extension's side panel and the playground insert alike.
//
// How a host calls it (pure, no DOM):
//   const plan = planInsert(snippetPlacement(snippet), fillSnippet(snippet, values), { before, after });
//   - a host that inserts plain text at the caret (the extension's `khung:insert`, a textarea) sends
//     `plan.text`: the body with a line break before and/or after where a new paragraph must start;
//   - a host with a paragraph API (Apps Script DocumentApp) reads `plan.splitBefore`/`plan.splitAfter`
//     and splits the caret's paragraph itself, then inserts `plan.body` as its own paragraphs.
// `before`/`after` are the text of the caret's paragraph on either side of the caret (a selection is
// replaced by the insert, so its text belongs to neither). Pass `null` when the host cannot tell:
// the body then goes in exactly as it is.

/** Where a snippet of each group goes when it does not say (Nguyên tắc nhất quán; NĐ 30/2020, Phụ lục I). */
export const GROUP_PLACEMENT: Readonly<Record<SnippetGroup, SnippetPlacement>> = {
  // Header lines, Kính gửi lists, each căn cứ, opening and closing paragraphs, Nơi nhận and the
  // signature block are paragraphs of their own in NĐ 30's layout.
  'tieu-de': 'block',
  'kinh-gui': 'block',
  'can-cu': 'block',
  'mo-dau': 'block',
  'ket-thuc': 'block',
  'noi-nhan': 'block',
  'chu-ky': 'block',
  // Standard phrases are written inside a sentence.
  'cum-tu': 'inline',
};

/** Whether `snippet` is a block (its own paragraphs) or inline (at the caret, inside a sentence). */
export function snippetPlacement(snippet: Pick<Snippet, 'group' | 'placement'>): SnippetPlacement {
  return snippet.placement ?? GROUP_PLACEMENT[snippet.group];
}

/** The text of the caret's paragraph before and after the caret. */
export interface CaretContext {
  before: string;
  after: string;
}

/** How to insert a snippet at a caret: see the module comment for how hosts use each part. */
export interface InsertPlan {
  placement: SnippetPlacement;
  /** The snippet's text with nothing added: one paragraph a line. */
  body: string;
  /** A new paragraph must start before the body (the caret is after text in its paragraph). */
  splitBefore: boolean;
  /** The text after the caret must continue on a new paragraph after the body. */
  splitAfter: boolean;
  /** Plain text to insert at the caret: the body with the line breaks (and, inline, spaces) added. */
  text: string;
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * Plans the insertion of `body` at a caret. A block at a caret inside a line starts a new paragraph,
 * and the text after the caret continues on a new one (a caret at an empty line or at a paragraph's
 * edge adds nothing there). An inline snippet goes in at the caret; a space is added only where the
 * caret touches a word and the snippet starts (or ends) with one, so words never glue together.
 */
export function planInsert(
  placement: SnippetPlacement,
  body: string,
  context: CaretContext | null,
): InsertPlan {
  if (context === null) return { placement, body, splitBefore: false, splitAfter: false, text: body };
  if (placement === 'block') {
    const splitBefore = context.before.trim() !== '';
    const splitAfter = context.after.trim() !== '';
    const text = `${splitBefore ? '\n' : ''}${body}${splitAfter ? '\n' : ''}`;
    return { placement, body, splitBefore, splitAfter, text };
  }
  const spaceBefore = WORD_END.test(context.before) && WORD_START.test(body) ? ' ' : '';
  const spaceAfter = WORD_END.test(body) && WORD_START.test(context.after) ? ' ' : '';
  return {
    placement,
    body,
    splitBefore: false,
    splitAfter: false,
    text: `${spaceBefore}${body}${spaceAfter}`,
  };
}
