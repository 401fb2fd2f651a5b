/**
 * Text from documents, file names and outlines goes to a terminal, which obeys control characters:
 * an ESC sequence in a report could move the cursor, rewrite lines, retitle the window or hide what
 * follows, a NUL or a lone CR hides text. So every control character is shown as a visible escape
 * ("\x1b"), as are the bidirectional overrides that reorder a line on screen. Tab and line feed
 * stay: they lay out the text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being escaped.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escapeOne = (c: string) => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
};

/** The text with each control character shown as a visible escape: the readable definition of visibleControls. */
export function visibleControlsByReplace(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the same class as CONTROL, tested once.
const HAS_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * The text with each control character shown as a visible escape. Almost no string has one, and a
 * test costs far less than a replace (a report of 18 000 findings holds ≈ 150 000 strings).
 */
export function visibleControls(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROL, escapeOne) : text;
}

/** A copy of a JSON-like value (objects, arrays, strings) with every string passed through visibleControls. */
export function visibleDeep<T>(value: T): T {
  if (typeof value === 'string') return visibleControls(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => visibleDeep(v)) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = visibleDeep((value as Record<string, unknown>)[k]);
  return out as T;
}

// DEL and C1, which JSON.stringify leaves raw.
const JSON_RAW = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON for a terminal: JSON.stringify escapes C0 controls but writes DEL, C1 (U+009B is a CSI to some
 * terminals) and bidi overrides raw; those become \u escapes, which parse back to the same string.
 */
export function jsonForTerminal(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The only escape sequences Khung writes itself: SGR colours (format-text.ts) and the progress bar's line reset. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the sequences Khung emits, matched to be kept.
const OWN_SEQUENCE = /\u001b\[(?:0|1|2|31|32|33|34)m|\r\u001b\[K/y;

/**
 * The last guard before a write to stdout or stderr: anything that is still a control character and
 * not one of Khung's own sequences is escaped. Strings from documents were escaped before they were
 * coloured, so no sequence of a document can pass as one of ours.
 */
export function terminalText(text: string): string {
  let out = '';
  let from = 0;
  CONTROL.lastIndex = 0;
  for (let m = CONTROL.exec(text); m; m = CONTROL.exec(text)) {
    OWN_SEQUENCE.lastIndex = m.index;
    const own = OWN_SEQUENCE.exec(text);
    if (own) {
      CONTROL.lastIndex = m.index + own[0].length;
      continue;
    }
    out += text.slice(from, m.index) + escapeOne(m[0]);
    from = m.index + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
