// Which DOM nodes count as an editable field the insert engine may write into.

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', '']);

/** A textarea or a text-like <input>: written through its value/selection, not the DOM tree. */
export type TextControl = HTMLTextAreaElement | HTMLInputElement;

/** True for a textarea or a single-line text input (not checkbox, password, number…). */
export function isTextControl(el: Element): el is TextControl {
  if (el.localName === 'textarea') return !(el as HTMLTextAreaElement).readOnly;
  if (el.localName !== 'input') return false;
  const input = el as HTMLInputElement;
  return TEXT_INPUT_TYPES.has(input.type) && !input.readOnly;
}

/**
 * The editable field that contains `node`: a text control, or the outermost contenteditable host
 * (editors nest contenteditable=false islands and true islands inside; the host is the editor).
 */
export function editableRoot(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!el) return null;
  if (isTextControl(el)) return el as HTMLElement;
  if (hasEditContext(el)) return el as HTMLElement;
  if (!(el as HTMLElement).isContentEditable) return null;
  let host = el as HTMLElement;
  for (let p = host.parentElement; p?.isContentEditable; p = p.parentElement) host = p;
  return host;
}

/**
 * An element that takes text through the EditContext API instead of contenteditable: Monaco (VS
 * Code's editor) focuses such a div in Chromium and draws the text elsewhere.
 */
export function hasEditContext(el: Element): boolean {
  return (el as Element & { editContext?: unknown }).editContext != null;
}

/**
 * The selection as seen from `el`'s tree. Inside a shadow root Chromium retargets
 * document.getSelection() to the host; ShadowRoot.getSelection (Chromium only) gives the real nodes.
 */
export function selectionFor(el: Node): Selection | null {
  const rootNode = el.getRootNode() as Node & { getSelection?: () => Selection | null };
  if (rootNode !== el.ownerDocument && typeof rootNode.getSelection === 'function')
    return rootNode.getSelection();
  return el.ownerDocument?.getSelection() ?? null;
}
