/** A paragraph's inline Markdown rendered to plain text, and whether emphasis covers all of it. */
export interface InlineText {
  text: string;
  /** Every visible character is inside `**…**` / `__…__`. */
  bold: boolean;
  /** Every visible character is inside `*…*` / `_…_`. */
  italic: boolean;
}

interface Item {
  ch: string;
  /** Index of the delimiter run this character belongs to, or -1 for literal text. */
  run: number;
  removed: boolean;
}

interface DelimiterRun {
  ch: '*' | '_';
  start: number;
  length: number;
  /** Characters not yet used by a match, counted from the inner side. */
  left: number;
  canOpen: boolean;
  canClose: boolean;
}

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const PUNCT = /[\p{P}\p{S}]/u;
// Link text stops at "[" so a run of unmatched brackets costs linear time, not quadratic.
const LINK = /(?<!\\)!?\[([^\][\n]*)\]\([^()\s]*(?:\s+"[^"\n]{0,200}")?\)/g;
const AUTOLINK = /<((?:https?|mailto|ftp):[^\s<>]*)>/gi;

/**
 * Renders inline Markdown: links keep their text, backslash escapes become literal, and `*`/`_`
 * emphasis markers are removed (CommonMark flanking rules, so `snake_case` and `5 * 3` stay as written).
 */
export function renderInline(source: string): InlineText {
  const src = source.replace(LINK, '$1').replace(AUTOLINK, '$1');
  const items: Item[] = [];
  const runs: DelimiterRun[] = [];
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] ?? '';
    const next = src[i + 1];
    if (ch === '\\' && next !== undefined && ASCII_PUNCT.test(next)) {
      items.push({ ch: next, run: -1, removed: false });
      i++;
    } else if (ch === '*' || ch === '_') {
      let end = i;
      while (src[end] === ch) end++;
      const before = src[i - 1];
      const after = src[end];
      const left = isFlanking(after, before);
      const right = isFlanking(before, after);
      const canOpen = ch === '*' ? left : left && (!right || isPunct(before));
      const canClose = ch === '*' ? right : right && (!left || isPunct(after));
      const id = runs.length;
      runs.push({ ch, start: items.length, length: end - i, left: end - i, canOpen, canClose });
      for (let k = i; k < end; k++) items.push({ ch, run: id, removed: false });
      i = end - 1;
    } else {
      items.push({ ch, run: -1, removed: false });
    }
  }
  const strong = new Array<number>(items.length + 1).fill(0);
  const em = new Array<number>(items.length + 1).fill(0);
  matchRuns(runs, items, strong, em);
  return collect(items, strong, em);
}

/** Left-flanking when `toward` is the character after the run (and `away` before); mirrored for right. */
function isFlanking(toward: string | undefined, away: string | undefined): boolean {
  if (toward === undefined || /\s/u.test(toward)) return false;
  return !isPunct(toward) || away === undefined || /\s/u.test(away) || isPunct(away);
}

function isPunct(c: string | undefined): boolean {
  return c !== undefined && PUNCT.test(c);
}

/** Pairs closers with the nearest opener of the same character; each step consumes or pops, so linear. */
function matchRuns(runs: DelimiterRun[], items: Item[], strong: number[], em: number[]): void {
  const openers: Record<'*' | '_', number[]> = { '*': [], _: [] };
  runs.forEach((run, id) => {
    const stack = openers[run.ch];
    while (run.canClose && run.left > 0 && stack.length > 0) {
      const opener = runs[stack[stack.length - 1] ?? -1];
      if (!opener || opener.left === 0) {
        stack.pop();
        continue;
      }
      const use = opener.left >= 2 && run.left >= 2 ? 2 : 1;
      opener.left -= use;
      const openEnd = opener.start + opener.left + use; // first index after the used opener chars
      const closeStart = run.start + (run.length - run.left);
      for (let k = opener.start + opener.left; k < openEnd; k++) remove(items, k);
      for (let k = closeStart; k < closeStart + use; k++) remove(items, k);
      run.left -= use;
      const depth = use === 2 ? strong : em;
      depth[openEnd] = (depth[openEnd] ?? 0) + 1;
      depth[closeStart] = (depth[closeStart] ?? 0) - 1;
      if (opener.left === 0) stack.pop();
    }
    if (run.canOpen && run.left > 0) stack.push(id);
  });
}

function remove(items: Item[], index: number): void {
  const item = items[index];
  if (item) item.removed = true;
}

function collect(items: Item[], strong: number[], em: number[]): InlineText {
  let text = '';
  let bold = true;
  let italic = true;
  let visible = false;
  let s = 0;
  let e = 0;
  items.forEach((item, i) => {
    s += strong[i] ?? 0;
    e += em[i] ?? 0;
    if (item.removed) return;
    text += item.ch;
    if (/\s/u.test(item.ch)) return;
    visible = true;
    if (s <= 0) bold = false;
    if (e <= 0) italic = false;
  });
  return { text, bold: visible && bold, italic: visible && italic };
}
