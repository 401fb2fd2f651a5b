import { detectEditor } from './detect-editor.ts';
import { isTextControl } from './editable.ts';

// Where an editor's text can be read from its focused element. Most editors render their whole text
// inside the element that has focus; Monaco does not: it focuses a hidden input whose EditContext
// holds only the caret's line, and draws its lines elsewhere.

interface EditContextLike {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

/** The EditContext of an element that types through one (Monaco in Chromium), else null. */
export function editContextOf(el: HTMLElement): EditContextLike | null {
  return (el as HTMLElement & { editContext?: EditContextLike | null }).editContext ?? null;
}

/** The element whose DOM holds the editor's paragraphs, for reading and selecting them. */
export function readRoot(el: HTMLElement): HTMLElement {
  if (detectEditor(el) === 'monaco')
    return el.closest('.monaco-editor')?.querySelector<HTMLElement>('.view-lines') ?? el;
  return el;
}

/** The editor's text as its own input sees it: the engine compares it before and after a write. */
export function editorText(el: HTMLElement): string {
  if (isTextControl(el)) return el.value;
  const context = editContextOf(el);
  if (context) return context.text;
  return readRoot(el).textContent ?? '';
}
