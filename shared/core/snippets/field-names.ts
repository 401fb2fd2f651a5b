import { STANDARD_PARAMETERS } from '../outline/standard-parameters.ts';
import { foldWords } from '../text/fold.ts';

// The fields of a snippet as officers see them: by their labels, never by the names the body uses
// ("{{tenDonVi}}"). The options page's field editor makes the names from the labels; a body written
// by hand may still hold a placeholder nobody declared, and the fill form then needs a label for it.

/** Labels of the names every outline uses for the document's details (đơn vị, người ký…). */
const KNOWN_LABELS: ReadonlyMap<string, string> = new Map(
  STANDARD_PARAMETERS.map((p) => [p.id, p.label.replace(/\s*\(.*\)\s*$/, '')]),
);

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/g;

/**
 * A label for a placeholder the body uses without declaring it: the standard label of a name every
 * outline uses ("donVi" → "Đơn vị ban hành"), else the body line it stands in with the gap marked
 * ("Kính gửi: ……"), so the officer sees where the text goes rather than a program's name.
 */
export function placeholderLabel(name: string, body: string): string {
  const known = KNOWN_LABELS.get(name);
  if (known) return known;
  const lines = body.split('\n');
  const at = lines.findIndex((line) => [...line.matchAll(PLACEHOLDER)].some((m) => m[1] === name));
  const line = (lines[at] ?? '')
    .replace(PLACEHOLDER, (_, n: string) => (n === name ? '……' : '…'))
    .replace(/\s+/g, ' ')
    .trim();
  if (line === '……' || line === '') return `Nội dung dòng ${at + 1}`;
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/**
 * The name a new field gets from its label: the label's words without diacritics in camelCase
 * ("Tên đơn vị" → "tenDonVi"), unique among `taken` ("tenDonVi2"…); "truong" when the label has no
 * letters. Matches the schema's name pattern (a letter, then letters, digits or "_").
 */
export function fieldNameFor(label: string, taken: Iterable<string>): string {
  const words = foldWords(label)
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  const joined = words.map((w, i) => (i === 0 ? w : `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`)).join('');
  const base = /^[a-z]/.test(joined) ? joined.slice(0, 30) : `truong${joined.slice(0, 24)}`;
  const used = new Set(taken);
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}${n}`;
  return name;
}
