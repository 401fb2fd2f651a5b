import { formatNgayThang } from '../outline/format-date.ts';
import { placeholderLabel } from './field-names.ts';
import type { Snippet, SnippetField } from './snippet-schema.ts';

/** What an unfilled field prints: the dotted blank NĐ 30 samples use for something to fill in by hand. */
export const BLANK = '……';

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/g;

/** The names of the `{{placeholders}}` of a body, each once, in order of first use. */
function placeholderNames(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].filter(Boolean);
}

/**
 * The fields to ask for: the declared ones, then any `{{name}}` of the body left undeclared, as text
 * labelled by what the officer sees (field-names.ts), never by its name.
 */
export function snippetFields(snippet: Snippet): SnippetField[] {
  const declared = snippet.fields ?? [];
  const names = new Set(declared.map((f) => f.name));
  const extra = placeholderNames(snippet.body)
    .filter((name) => !names.has(name))
    .map((name): SnippetField => ({ name, label: placeholderLabel(name, snippet.body), type: 'text' }));
  return [...declared, ...extra];
}

/**
 * A date as the officer typed it or a date input gave it ("2026-11-21", "21/11/2026") in the NĐ 30
 * form "ngày 21 tháng 11 năm 2026" (Phụ lục I, II.4); any other text is kept as written.
 */
function dateText(value: string): string {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return value;
  const date = new Date(Number(y), Number(m) - 1, Number(d));
  // Reject 31/02 and the like instead of printing a rolled-over date.
  if (date.getMonth() !== Number(m) - 1 || date.getDate() !== Number(d)) return value;
  return formatNgayThang(date);
}

/**
 * Whether a body line is written in capitals: its own letters (placeholders aside) are all upper-case
 * — a header line like "LIÊN ĐOÀN LAO ĐỘNG TỈNH {{tinh}}" (NĐ 30/2020, Phụ lục I, II.1–II.3).
 */
export function isCapitalLine(line: string): boolean {
  const own = line.replace(PLACEHOLDER, ' ');
  return /\p{L}.*\p{L}/su.test(own) && own === own.toLocaleUpperCase('vi');
}

/**
 * The snippet's body with its fields filled: the given value, else the field's default, else — for a
 * `date` field — today in the NĐ 30 form, else "……" so the gap stays visible in the document. A value
 * on a line written in capitals, or of a field with `case: "upper"`, is written in capitals.
 */
export function fillSnippet(
  snippet: Snippet,
  values: Readonly<Record<string, string>>,
  today: Date = new Date(),
): string {
  const fields = new Map(snippetFields(snippet).map((f) => [f.name, f]));
  const value = (name: string): string => {
    const field = fields.get(name);
    const given = values[name]?.trim();
    if (given) return field?.type === 'date' ? dateText(given) : given;
    if (field?.default) return field.type === 'date' ? dateText(field.default) : field.default;
    if (field?.type === 'date') return formatNgayThang(today);
    return BLANK;
  };
  return snippet.body
    .split('\n')
    .map((line) => {
      const capitals = isCapitalLine(line);
      return line.replace(PLACEHOLDER, (_, name: string) => {
        const text = value(name);
        return capitals || fields.get(name)?.case === 'upper' ? text.toLocaleUpperCase('vi') : text;
      });
    })
    .join('\n');
}
