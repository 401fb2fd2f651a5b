import { isTextControl } from './editable.ts';

// Splits an editor's DOM into paragraphs for the checklist: every leaf block (p, div, li, h1–h6…) and
// every <br>-separated line is one paragraph; headings come from h1–h6 or role=heading. Read-only.

/** One paragraph as the reader sees it, with where it is for khung:select. */
export interface Block {
  text: string;
  /** 1–6 for a heading, 0 otherwise. */
  level: number;
  /** A textarea's character range, or the DOM nodes the paragraph spans. */
  at: { start: number; end: number } | { first: Node; last: Node };
}

const BLOCK_TAGS = new Set([
  ...'p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table thead tbody'.split(' '),
  ...'tr td th section article header footer figure figcaption dl dt dd aside nav main hr address'.split(' '),
]);
const INVISIBLE = /[\u200b-\u200d\ufeff]/g;

function headingLevel(el: Element | null, root: Element): number {
  for (let e = el; e && e !== root.parentElement; e = e.parentElement) {
    const m = /^h([1-6])$/.exec(e.localName);
    if (m) return Number(m[1]);
    if (e.getAttribute('role') === 'heading') return Number(e.getAttribute('aria-level') ?? 2) || 2;
  }
  return 0;
}

function textBlocks(el: HTMLTextAreaElement | HTMLInputElement): Block[] {
  const out: Block[] = [];
  let start = 0;
  for (const line of el.value.split('\n')) {
    const end = start + line.length;
    if (line.trim() !== '') out.push({ text: line.trim(), level: 0, at: { start, end } });
    start = end + 1;
  }
  return out;
}

/** The paragraphs of a text control or a contenteditable root, blank ones left out. */
export function readBlocks(root: HTMLElement): Block[] {
  if (isTextControl(root)) return textBlocks(root);
  const out: Block[] = [];
  let text = '';
  let first: Node | null = null;
  let last: Node | null = null;
  const flush = () => {
    const clean = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
    if (clean && first && last) {
      const parent = first.parentElement;
      out.push({ text: clean, level: headingLevel(parent, root), at: { first, last } });
    }
    text = '';
    first = last = null;
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += (child as Text).data;
        first ??= child;
        last = child;
      } else if (child instanceof Element) {
        // Editor chrome inside the editable (CKEditor's widget handles, Slate's placeholder) is not text.
        if (child.getAttribute('contenteditable') === 'false') continue;
        if (child.localName === 'br') flush();
        else if (child.localName === 'script' || child.localName === 'style') continue;
        else if (BLOCK_TAGS.has(child.localName)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}
