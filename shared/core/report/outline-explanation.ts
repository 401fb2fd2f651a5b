// No zod here: the add-on sidebar and the side panel import this, and their budgets leave no room for it.
/**
 * One sentence on how the outline was chosen, for every UI: why the document is taken for the đề
 * cương itself (so empty sections and prompts are not findings), or why no outline was detected.
 */
export function outlineExplanation(view: {
  outline: { isSource: boolean; sourceReason?: string | undefined } | null;
  outlineNote?: string | undefined;
}): string | null {
  if (view.outline?.isSource) {
    const why = view.outline.sourceReason ?? 'nó là văn bản gốc của đề cương';
    return `Văn bản được coi là chính đề cương vì ${why} (lời gợi ý là nội dung), nên không kiểm tra mục trống hay gợi ý còn sót.`;
  }
  return view.outline ? null : (view.outlineNote ?? null);
}
