import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

// Every message the add-on's sidebar shows is plain Vietnamese: no field names, no type names, no
// function or file names. The messages are the Vietnamese strings of the server and the sidebar
// (string literals, template literals, JSX text); this scans their sources with the oxc parser
// vite ships, so a message written anywhere there is checked, not only those a test happens to reach.

const root = join(import.meta.dirname, '../..');
const DIRS = ['apps-script/server', 'apps-script/sidebar', 'apps-script/shared'];
/** A diacritic of Vietnamese: what makes a string a message rather than a key or a class name. */
/** Where a template literal's holes were, in the text scanned. */
const HOLE = '⟨…⟩';
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

/** What a plain message must not hold, each with why. */
const CODE_LIKE: ReadonlyArray<[RegExp, string]> = [
  [/[“"'‘`]\s*[A-Za-z_$][\w$.-]*\s*[”"'’`]/, 'a quoted identifier (a field or function name)'],
  [/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/, 'a camelCase name'],
  // A project file (the .json the user downloads, khung-de-cuong.json, is theirs to see).
  [/\b[\w-]+\.(?:html|tsx?|js|gs)\b/i, 'a file name'],
  [/\bkhung[.:][\w.-]+/i, 'a storage key or message type'],
  [/\b(?:string|number|boolean|undefined|null|object|array)\b/, 'a type name'],
  [/\b(?:id|title|documentType|provenance|sections|parameters|aliases|required)\b/, 'a field name'],
  [/\b(?:Error|Exception|TypeError|stack)\b/, 'an error class'],
];

/** Why `message` is not plain Vietnamese, or [] when it is. */
function problemsIn(message: string): string[] {
  return CODE_LIKE.filter(([re]) => re.test(message)).map(([, why]) => why);
}

/** The Vietnamese strings of a source file, with their line numbers (template holes as "⟨…⟩"). */
function messagesOf(file: string): Array<{ line: number; text: string }> {
  const code = readFileSync(file, 'utf8');
  const { program, errors } = parseSync(file, code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' });
  if (errors.length > 0) throw new Error(`${file}: cannot parse`);
  const out: Array<{ line: number; text: string }> = [];
  const add = (text: string, at: number) => {
    if (VIETNAMESE.test(text)) out.push({ line: code.slice(0, at).split('\n').length, text });
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as {
      type?: string;
      value?: unknown;
      start?: number;
      quasis?: Array<{ value: { cooked: string } }>;
    };
    if (n.type === 'Literal' && typeof n.value === 'string') add(n.value, n.start ?? 0);
    else if (n.type === 'JSXText' && typeof n.value === 'string') add(n.value, n.start ?? 0);
    else if (n.type === 'TemplateLiteral' && n.quasis)
      add(n.quasis.map((q) => q.value.cooked).join(HOLE), n.start ?? 0);
    for (const value of Object.values(n)) walk(value);
  };
  walk(program);
  return out;
}

describe('the scanner', () => {
  it.each([
    'Không nhập được: ⟨…⟩ có mã “⟨…⟩” trùng mã một đề cương có sẵn của Khung.',
    'Nhấn Ctrl+V để dán. Tệp JSON đã xuất từ Khung.',
    'Đặt và đọc lại được Heading 1 đến 6 và đoạn thường.',
    'Đã chèn đề cương “⟨…⟩”⟨…⟩: ⟨…⟩ dòng tiêu đề mục.',
  ])('passes a plain message: %s', (message) => {
    expect(problemsIn(message)).toEqual([]);
  });

  it.each([
    ['hãy đổi “id”.', 'a quoted identifier (a field or function name)'],
    ['Phiên bản máy chủ của Khung thiếu chức năng khungCheck.', 'a camelCase name'],
    ['Không đọc được (tệp KhungOutlines.html).', 'a file name'],
    ['title: sai kiểu dữ liệu (cần string)', 'a type name'],
    ['thiếu provenance của đề cương', 'a field name'],
    ['Lỗi TypeError khi đọc', 'an error class'],
  ])('flags %s', (message, why) => {
    expect(problemsIn(message)).toContain(why);
  });
});

describe('every message of the add-on server and sidebar', () => {
  const files = DIRS.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => join(root, dir, f)),
  );
  const messages = files.flatMap((file) =>
    messagesOf(file).map((m) => ({ where: `${relative(root, file)}:${m.line}`, text: m.text })),
  );

  it('are found (the scan reads the sources)', () => {
    expect(messages.length).toBeGreaterThan(80);
  });

  it('are plain Vietnamese: no field, type, function or file names', () => {
    const bad = messages.flatMap((m) => {
      const why = problemsIn(m.text);
      return why.length > 0 ? [`${m.where}: ${m.text} (${why.join(', ')})`] : [];
    });
    expect(bad).toEqual([]);
  });
});
