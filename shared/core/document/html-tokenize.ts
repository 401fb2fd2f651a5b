import { decodeEntities } from './html-entities.ts';

/** One piece of HTML source: a start tag, an end tag, text, or the raw content of script/style/title. */
export type HtmlToken =
  | { kind: 'open'; name: string; attrs: Map<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string }
  | { kind: 'raw'; name: string; text: string };

/** Elements whose content is not markup: it runs to the matching end tag, whatever it contains. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);

const isLetter = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/**
 * Splits HTML into tokens the way a browser's tokenizer would, tolerantly: a stray `<` is text, an
 * unterminated tag or comment swallows the rest (as in browsers), and nothing throws. Every scan moves
 * forward, so the cost is linear in the input.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const n = html.length;
  let pos = 0;
  const pushText = (end: number) => {
    if (end > pos) tokens.push({ kind: 'text', text: decodeEntities(html.slice(pos, end)) });
  };
  /** Position just after the next `>` from `from`, or the end of input. */
  const skipTo = (needle: string, from: number): number => {
    const i = html.indexOf(needle, from);
    return i < 0 ? n : i + needle.length;
  };

  while (pos < n) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    const next = html[lt + 1];
    if (next === '!' && html.startsWith('<!--', lt)) {
      pushText(lt);
      pos = skipTo('-->', lt + 4);
    } else if (next === '!' || next === '?') {
      pushText(lt); // doctype, CDATA, Word's <![if !supportLists]>: bogus comments
      pos = skipTo('>', lt + 2);
    } else if (next === '/') {
      pushText(lt);
      if (isLetter(html[lt + 2])) {
        const tag = readTag(html, lt + 2);
        if (tag.end < 0) return mergeTexts(tokens);
        tokens.push({ kind: 'close', name: tag.name });
        pos = tag.end;
      } else {
        pos = skipTo('>', lt + 2);
      }
    } else if (isLetter(next)) {
      pushText(lt);
      const tag = readTag(html, lt + 1);
      if (tag.end < 0) return mergeTexts(tokens); // EOF inside a tag: browsers drop the tag
      tokens.push({ kind: 'open', name: tag.name, attrs: tag.attrs, selfClosing: tag.selfClosing });
      pos = tag.end;
      if (RAW_TEXT.has(tag.name)) {
        const close = findRawEnd(html, tag.name, pos);
        tokens.push({ kind: 'raw', name: tag.name, text: html.slice(pos, close) });
        tokens.push({ kind: 'close', name: tag.name });
        pos = close >= n ? n : skipTo('>', close);
      }
    } else {
      // A lone "<" ("a < b", "<3") is text; keep it with the text that follows.
      pushText(lt + 1);
      pos = lt + 1;
    }
  }
  pushText(n);
  return mergeTexts(tokens);
}

interface ReadTag {
  name: string;
  attrs: Map<string, string>;
  selfClosing: boolean;
  /** Index after the closing `>`, or -1 when the input ends inside the tag. */
  end: number;
}

/** Reads a tag name and its attributes starting at the first letter of the name. */
function readTag(html: string, start: number): ReadTag {
  const n = html.length;
  let i = start;
  while (i < n && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(start, i).toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (i < n) {
    const c = html[i];
    if (c === '>') return { name, attrs, selfClosing, end: i + 1 };
    if (isSpace(c) || c === '/') {
      selfClosing = c === '/';
      i++;
      continue;
    }
    selfClosing = false;
    const nameStart = i;
    i++; // an attribute name may start with "=" (browsers allow it)
    while (i < n && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const attrName = html.slice(nameStart, i).toLowerCase();
    let j = i;
    while (j < n && isSpace(html[j])) j++;
    let value = '';
    if (html[j] === '=') {
      j++;
      while (j < n && isSpace(html[j])) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        if (close < 0) return { name, attrs, selfClosing, end: -1 };
        value = html.slice(j + 1, close);
        i = close + 1;
      } else {
        const vStart = j;
        while (j < n && !isSpace(html[j]) && html[j] !== '>') j++;
        value = html.slice(vStart, j);
        i = j;
      }
    }
    if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
  }
  return { name, attrs, selfClosing, end: -1 };
}

/** Index of the `</name` that ends a raw-text element, or the end of input. */
function findRawEnd(html: string, name: string, from: number): number {
  let i = html.indexOf('</', from);
  while (i >= 0) {
    const after = html[i + 2 + name.length];
    if (
      html.slice(i + 2, i + 2 + name.length).toLowerCase() === name &&
      (after === undefined || after === '>' || after === '/' || isSpace(after))
    ) {
      return i;
    }
    i = html.indexOf('</', i + 2);
  }
  return html.length;
}

/** Joins adjacent text tokens (a stray "<" splits text) so callers see one run per gap between tags. */
function mergeTexts(tokens: HtmlToken[]): HtmlToken[] {
  const out: HtmlToken[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (t.kind === 'text' && last?.kind === 'text') last.text += t.text;
    else out.push(t);
  }
  return out;
}
