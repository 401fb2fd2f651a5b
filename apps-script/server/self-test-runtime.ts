import { htmlService, userProperties } from './gas-api.ts';
import { builtInOutlines, OUTLINES_FILE, resetOutlineCache } from './outlines.ts';
import { UserError } from './result.ts';
import type { Attempt } from './self-test.ts';
import { CHUNK, kb, STORE_LIMIT, storeBytes } from './user-store.ts';

// The self-test's checks of everything but the document: the user property store (written in
// chunks, as user outlines are), the Unicode regexes and normalize of the V8 runtime, and the
// built-in outlines file. Each leaves nothing behind. The checker runs in the sidebar, which tries it
// there (apps-script/sidebar/checker-self-test.ts).

/** The keys the property check writes, and removes again. */
export const SELF_TEST_KEY = 'khung.selftest.';
const PIECES = 3;

/**
 * Every Unicode property escape of the built Code.js (tests/apps-script/self-test.test.ts keeps this
 * list complete), with a character it must match. Code.js writes them as literals, which V8 parses
 * when the script loads; here each is built at run time, so one the runtime lacked would show as ✗
 * instead of silently breaking every call.
 */
export const PROPERTY_ESCAPES: ReadonlyArray<readonly [name: string, sample: string]> = [
  ['L', 'ệ'],
  ['Lu', 'Đ'],
  ['Ll', 'đ'],
  ['M', '\u0323'],
  ['N', '7'],
  ['Extended_Pictographic', '\u{1F44D}'],
  ['Emoji_Modifier', '\u{1F3FB}'],
];

/** A read-back that differs from what was written: Khung's own finding, not Google's error. */
function must(condition: boolean, what: string): void {
  if (!condition) throw new UserError(`Đọc lại không khớp: ${what}.`);
}

/** Runs the checks that do not touch the document. */
export function runtimeChecks(attempt: Attempt): void {
  attempt('properties', 'Lưu và đọc cài đặt người dùng (chia nhỏ)', propertiesRoundTrip);
  attempt('unicode', 'Biểu thức Unicode và chuẩn hoá chữ Việt', unicodeChecks);
  attempt('outlines', 'Đọc các đề cương có sẵn', outlinesRead);
}

/** Writes a few chunk-sized Vietnamese values in one call, reads them back, removes them. */
function propertiesRoundTrip(): string {
  const props = userProperties();
  const keys = Array.from({ length: PIECES }, (_, n) => `${SELF_TEST_KEY}${n}`);
  const value = (n: number) => `${n}:${'Công đoàn cơ sở, đoàn viên ưu tú. '.repeat(CHUNK)}`.slice(0, CHUNK);
  const writes: Record<string, string> = {};
  keys.forEach((key, n) => {
    writes[key] = value(n);
  });
  try {
    props.setProperties(writes);
    const all = props.getProperties();
    keys.forEach((key, n) => {
      must(all[key] === value(n), `phần ${n + 1}`);
    });
    must(props.getProperty(keys[0] as string) === value(0), 'đọc một khoá');
    const used = storeBytes(all);
    return `Ghi, đọc lại và xoá ${PIECES} phần, ${kb(storeBytes(writes))} KB; bộ nhớ đang dùng ${kb(used)} / ${kb(STORE_LIMIT)} KB.`;
  } finally {
    for (const key of keys) props.deleteProperty(key);
    must(props.getProperty(keys[0] as string) === null, 'khoá thử đã xoá');
  }
}

/**
 * Composed and decomposed forms, and lower and upper case, as data: a minifier folds
 * `'đ'.toUpperCase() === 'Đ'` written out into `true` at build time, which would test nothing here.
 */
const FORMS: ReadonlyArray<readonly [composed: string, decomposed: string]> = [
  ['ệ', 'e\u0323\u0302'],
  ['Ữ', 'U\u031b\u0303'],
];
const CASES: ReadonlyArray<readonly [lower: string, upper: string]> = [
  ['đ', 'Đ'],
  ['ư', 'Ư'],
];

function unicodeChecks(): string {
  for (const [composed, decomposed] of FORMS) {
    must(composed.normalize('NFD') === decomposed, `tách dấu (NFD) của ${composed}`);
    must(decomposed.normalize('NFC') === composed, `ghép dấu (NFC) của ${composed}`);
  }
  for (const [lower, upper] of CASES) {
    must(lower.toUpperCase() === upper && upper.toLowerCase() === lower, `chữ hoa, chữ thường ${lower}`);
  }
  for (const [name, sample] of PROPERTY_ESCAPES) {
    must(new RegExp(`^\\p{${name}}$`, 'u').test(sample), `\\p{${name}}`);
  }
  must(!/^\p{Lu}$/u.test('đ'), 'chữ thường không phải chữ hoa');
  return `NFC, NFD và ${PROPERTY_ESCAPES.length} lớp ký tự Unicode chạy đúng.`;
}

function outlinesRead(): string {
  const content = htmlService().createHtmlOutputFromFile(OUTLINES_FILE).getContent();
  const data: unknown = JSON.parse(content);
  const count = Array.isArray(data) ? data.length : 0;
  resetOutlineCache();
  const valid = builtInOutlines().length;
  must(count > 0 && valid === count, `${valid} trên ${count} đề cương hợp lệ`);
  return `Đọc được ${valid} đề cương có sẵn.`;
}
