/**
 * Seeded variants of a document for findings-fingerprint.ts: each variant changes the text the way
 * drafts differ (case, spacing, punctuation, diacritics, lines dropped, doubled or swapped, a second
 * document run on), so the comparison covers far more paths of every rule than the documents alone.
 */
import { prng } from '../bench/generate-report.ts';

type Mutation = (text: string, r: () => number, other: string) => string;

const mapWords = (text: string, r: () => number, p: number, f: (w: string) => string): string =>
  text.replace(/[\p{L}\p{M}]+/gu, (w) => (r() < p ? f(w) : w));
const mapLines = (text: string, f: (lines: string[]) => string[]): string => f(text.split('\n')).join('\n');

const MUTATIONS: Mutation[] = [
  // Case: words and whole lines.
  (t, r) => mapWords(t, r, 0.08, (w) => (r() < 0.5 ? w.toUpperCase() : w.toLowerCase())),
  (t, r) =>
    mapLines(t, (ls) => ls.map((l) => (r() < 0.1 ? l.toUpperCase() : r() < 0.1 ? l.toLowerCase() : l))),
  (t, r) => mapWords(t, r, 0.1, (w) => (w[0] ?? '').toUpperCase() + w.slice(1)),
  // Spacing and punctuation.
  (t, r) => t.replace(/ /g, () => (r() < 0.03 ? '  ' : r() < 0.01 ? ' \u00a0' : ' ')),
  (t, r) =>
    t.replace(/[,.;:]/g, (c) => (r() < 0.1 ? ` ${c}` : r() < 0.05 ? `${c}${c}` : r() < 0.05 ? '' : c)),
  (t, r) => t.replace(/[,.;:] /g, (c) => (r() < 0.08 ? (c[0] ?? '') : c)),
  (t, r) =>
    t
      .replace(/-/g, () => (r() < 0.3 ? '–' : r() < 0.1 ? ' - ' : '-'))
      .replace(/"/g, () => (r() < 0.5 ? '“' : '"')),
  // Diacritics: stripped, or decomposed.
  (t, r) => mapWords(t, r, 0.05, (w) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')),
  (t, r) => mapLines(t, (ls) => ls.map((l) => (r() < 0.1 ? l.normalize('NFD') : l))),
  // Words doubled or dropped.
  (t, r) => t.replace(/[\p{L}\p{M}]+/gu, (w) => (r() < 0.02 ? `${w} ${w}` : r() < 0.02 ? '' : w)),
  // Lines dropped, doubled, swapped, emptied; tabs.
  (t, r) => mapLines(t, (ls) => ls.filter(() => r() >= 0.12)),
  (t, r) => mapLines(t, (ls) => ls.flatMap((l) => (r() < 0.06 ? [l, l] : r() < 0.04 ? [l, ''] : [l]))),
  (t, r) =>
    mapLines(t, (ls) => {
      const out = ls.slice();
      for (let i = 0; i + 1 < out.length; i++) {
        if (r() < 0.08) [out[i], out[i + 1]] = [out[i + 1] as string, out[i] as string];
      }
      return out;
    }),
  (t, r) => mapLines(t, (ls) => ls.map((l) => (r() < 0.05 ? l.replace(/ {2,}| (?=\S)/, '\t') : l))),
  // Another document run on, or cut in the middle.
  (t, _r, other) => `${t}\n${other}`,
  (t, r) => mapLines(t, (ls) => ls.slice(Math.floor(r() * ls.length * 0.5))),
  // Numbers and labels.
  (t, r) => t.replace(/\d+/g, (d) => (r() < 0.15 ? String(Number(d) + 1) : d)),
  (t, r) => t.replace(/^([IVX]+|\d+)\./gm, (m, n) => (r() < 0.2 ? `${n} -` : r() < 0.1 ? `${n})` : m)),
];

/** `count` variants of `text`, each two mutations chosen by the seed; `other` is a second document. */
export function variantsOf(text: string, seed: number, count: number, other: string): string[] {
  const r = prng(seed * 7919);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const a = MUTATIONS[Math.floor(r() * MUTATIONS.length)] as Mutation;
    const b = MUTATIONS[Math.floor(r() * MUTATIONS.length)] as Mutation;
    out.push(b(a(text, r, other), r, other));
  }
  return out;
}
