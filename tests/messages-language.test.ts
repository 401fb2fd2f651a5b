import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { englishIn, VIETNAMESE } from './helpers/english-words.ts';

// No message mixes languages: a Vietnamese message (a string, template or JSX text with a Vietnamese
// letter) in the product's sources must not carry an English word of this table. Names stay as they
// are ("URL", "JSON", "Google Docs", a command line's --options); words like "failed", "invalid",
// "undefined" or "Error:" inside a Vietnamese sentence are what an officer must never read.

const root = resolve(import.meta.dirname, '..');

type Node = { type?: string; [key: string]: unknown };

/** Calls `see` on every node of the source file's syntax tree (TypeScript and JSX, parsed by Vite). */
function eachNode(code: string, file: string, see: (node: Node) => void): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!node || typeof node !== 'object') return;
    see(node as Node);
    for (const [key, value] of Object.entries(node)) if (key !== 'type') visit(value);
  };
  visit(parseAst(code, { lang: file.endsWith('x') ? 'tsx' : 'ts' }));
}

/** Every message of a source file: string literals, whole templates (blanks as …), JSX texts. */
function messagesOf(code: string, file: string): string[] {
  const out: string[] = [];
  eachNode(code, file, (n) => {
    if (n.type === 'Literal' && typeof n.value === 'string') out.push(n.value);
    else if (n.type === 'JSXText') out.push(String(n.value));
    else if (n.type === 'TemplateLiteral') {
      const quasis = n.quasis as Array<{ value: { cooked: string | null; raw: string } }>;
      out.push(quasis.map((q) => q.value.cooked ?? q.value.raw).join('…'));
    }
  });
  return out;
}

/** What a page shows as words of its own: JSX texts and the attributes read aloud or shown on hover. */
function shownTextsOf(code: string, file: string): string[] {
  const out: string[] = [];
  eachNode(code, file, (n) => {
    if (n.type === 'JSXText') out.push(String(n.value).trim());
    if (n.type === 'JSXAttribute') {
      const name = (n.name as { name?: unknown }).name;
      const value = n.value as Node | null;
      if (SHOWN_ATTRIBUTES.has(String(name)) && value?.type === 'Literal') out.push(String(value.value));
    }
  });
  return out.filter(Boolean);
}

const SHOWN_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

/** The pages written in Vietnamese only (the options page's words are in its catalogs). */
const VIETNAMESE_PAGES = ['extension/side-panel', 'extension/options', 'apps-script/sidebar', 'shared/ui'];

/** An English phrase: two words of Latin letters and no Vietnamese letter ("Khung", "URL" alone pass). */
const englishPhrase = (text: string) => !VIETNAMESE.test(text) && /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(text);

/** The product's sources that hold user-facing text (tests and build scripts aside). */
const SOURCES = [
  'extension',
  'apps-script/server',
  'apps-script/sidebar',
  'cli',
  'shared/core',
  'shared/ui',
  'shared/library',
];

function sourceFiles(): string[] {
  return SOURCES.flatMap((dir) =>
    readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
      .map((f) => resolve(root, dir, f)),
  );
}

/** The message catalogs: the extension's Vietnamese pages and the manifest's Vietnamese texts. */
function catalogMessages(): Array<{ file: string; text: string }> {
  const vi = JSON.parse(readFileSync(resolve(root, 'extension/shared/i18n/vi.json'), 'utf8'));
  const manifest = JSON.parse(
    readFileSync(resolve(root, 'extension/public/_locales/vi/messages.json'), 'utf8'),
  );
  return [
    ...Object.values(vi as Record<string, string>).map((text) => ({ file: 'vi.json', text })),
    ...Object.values(manifest as Record<string, { message: string }>).map((e) => ({
      file: '_locales/vi',
      text: e.message,
    })),
  ];
}

describe('Vietnamese messages carry no English words', () => {
  it.each([
    ['Không tải được thư viện: failed', ['failed']],
    ['Error: không đọc được tệp', ['Error']],
    ['Giá trị undefined không hợp lệ', ['undefined']],
    ['Tệp “x” invalid, hãy thử lại', ['invalid']],
    ['Đã lưu.', []],
    ['Dán địa chỉ URL của tệp JSON', []],
    ['khung check <tệp> --outline <id> --format json: kiểm tra văn bản', []],
    ['Chọn khung-thu-vien.json rồi bấm Nhập', []],
    ['Failed to load', []], // English alone is not a mixed message (and not in a Vietnamese surface's sources)
  ])('%s → %j', (text, words) => {
    expect(englishIn(text)).toEqual(words);
  });

  it('finds the messages of a source file, templates whole and without their blanks', () => {
    const found = messagesOf(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code handed to the parser
      "const a = `Đã nhập ${n} mục`; // failed đây\nconst b = <p title='Tệp'>Xong {x} rồi</p>;",
      'x.tsx',
    );
    expect(found).toEqual(['Đã nhập … mục', 'Tệp', 'Xong ', ' rồi']);
  });

  it('holds for every message of the extension, the add-on, the CLI, the core and the catalogs', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(300);
    const mixed: string[] = [];
    let vietnamese = 0;
    for (const file of files) {
      for (const text of messagesOf(readFileSync(file, 'utf8'), file)) {
        if (VIETNAMESE.test(text)) vietnamese++;
        const words = englishIn(text);
        if (words.length) mixed.push(`${relative(root, file)}: ${words.join(', ')} — ${text.slice(0, 100)}`);
      }
    }
    for (const { file, text } of catalogMessages()) {
      vietnamese++;
      const words = englishIn(text);
      if (words.length) mixed.push(`${file}: ${words.join(', ')} — ${text.slice(0, 100)}`);
    }
    expect(vietnamese).toBeGreaterThan(1000);
    expect(mixed).toEqual([]);
  });
});

describe('the Vietnamese pages write no English phrase of their own', () => {
  it('finds one when it is there (the check can fail)', () => {
    const found = shownTextsOf(
      'const v = <p aria-label="Close message">Đóng <b>Loading data</b></p>;',
      'x.tsx',
    );
    expect(found.filter(englishPhrase)).toEqual(['Close message', 'Loading data']);
  });

  it('holds for the side panel, the options page, the add-on sidebar and the shared components', () => {
    const files = VIETNAMESE_PAGES.flatMap((dir) =>
      readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.tsx'))
        .map((f) => resolve(root, dir, f)),
    );
    expect(files.length).toBeGreaterThan(30);
    const english = files.flatMap((file) =>
      shownTextsOf(readFileSync(file, 'utf8'), file)
        .filter(englishPhrase)
        .map((text) => `${relative(root, file)}: ${text}`),
    );
    expect(english).toEqual([]);
  });
});
