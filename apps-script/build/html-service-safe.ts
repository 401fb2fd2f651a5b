import { tokenizer } from 'acorn';

/**
 * Apps Script's HtmlService reads "//" and "/*" inside an inline <script> as comment openers even
 * inside strings, template literals and regexes (reported on the React-Google-Apps-Script template and
 * other Apps Script UI projects): one such token and the sidebar's whole script fails to parse, so the
 * sidebar opens blank. This rewrites the string, template and regex tokens that hold them, every "/" as
 * "\x2f" (the same character), and refuses any other token that would still hold one, so the build
 * fails loudly instead of the sidebar failing silently.
 */
export function htmlServiceSafeScript(code: string): string {
  let out = '';
  let last = 0;
  for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })) {
    const raw = code.slice(token.start, token.end);
    if (!holdsCommentOpener(raw)) continue;
    const label = token.type.label;
    let safe: string;
    if (label === 'string' || label === 'template') safe = slashesEscaped(raw);
    else if (label === 'regexp') safe = safeRegex(raw);
    else
      throw new Error(`HtmlService: không sửa được token ${label} chứa "//" hoặc "/*": ${raw.slice(0, 80)}`);
    if (holdsCommentOpener(safe))
      throw new Error(`HtmlService: còn "//" hoặc "/*" trong: ${raw.slice(0, 80)}`);
    out += code.slice(last, token.start) + safe;
    last = token.end;
  }
  return out + code.slice(last);
}

/**
 * Every slash, escaped or not, written "\\x2f": the same character in a string, a template literal and
 * a regex (in a class or out), and never next to another "/" or a "*".
 */
function slashesEscaped(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      out += next === '/' ? '\\x2f' : c + next;
      i++;
    } else out += c === '/' ? '\\x2f' : c;
  }
  return out;
}

/** A regex literal: its body's slashes escaped (slashesEscaped), its delimiters and flags kept. */
function safeRegex(raw: string): string {
  const close = raw.lastIndexOf('/');
  return `/${slashesEscaped(raw.slice(1, close))}${raw.slice(close)}`;
}

/** Whether a piece of script holds a sequence HtmlService takes for a comment. */
export function holdsCommentOpener(text: string): boolean {
  return text.includes('//') || text.includes('/*');
}

const SCRIPT = /(<script\b[^>]*>)([\s\S]*?)(<\/script>)/g;

/** Every inline script of an HTML file made HtmlService-safe (htmlServiceSafeScript). */
export function htmlServiceSafeHtml(html: string): string {
  return html.replace(SCRIPT, (_, open: string, body: string, close: string) => {
    return open + htmlServiceSafeScript(body) + close;
  });
}
