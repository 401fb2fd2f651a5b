import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extraTerms, leanSnippetFile } from '../../apps-script/sidebar/lean-snippets.ts';
import { createSnippetIndex, searchSnippets } from '../../shared/core/snippets/search-snippets.ts';
import { type Snippet, SnippetFile } from '../../shared/core/snippets/snippet-schema.ts';
import { foldWords } from '../../shared/core/text/fold.ts';

// The sidebar bundles a slimmed snippet library (apps-script/sidebar/lean-snippets.ts) to stay
// within its budget. It must stay a valid library and give exactly the same search results.

const dir = resolve(import.meta.dirname, '../../snippets');
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const raw = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown);
const full: Snippet[] = raw.flatMap((d) => SnippetFile.parse(d).snippets);
const lean: Snippet[] = raw.flatMap((d) => SnippetFile.parse(leanSnippetFile(d)).snippets);

/** Queries an officer would type: every label and term, their first words, prefixes, and misses. */
function queries(): string[] {
  const out = new Set<string>(['', 'noi nhan', 'can cu', 'kinh gui', 'chu ky', 'tm ban', 'xyz khong co']);
  for (const s of full) {
    const words = foldWords(s.label);
    out.add(s.label);
    out.add(words.slice(0, 2).join(' '));
    out.add(words.map((w) => w.slice(0, 3)).join(' '));
    for (const t of s.terms) {
      out.add(t);
      out.add(foldWords(t)[0] ?? '');
    }
  }
  return [...out];
}

describe('leanSnippetFile', () => {
  it('keeps every snippet, valid, with the same ids, labels, bodies and fields', () => {
    expect(lean.map((s) => [s.id, s.label, s.body, s.fields, s.group])).toEqual(
      full.map((s) => [s.id, s.label, s.body, s.fields, s.group]),
    );
    expect(lean.some((s) => s.source)).toBe(false);
  });

  it('gives the same results in the same order for every query, recent ids or not', () => {
    const a = createSnippetIndex(full);
    const b = createSnippetIndex(lean);
    const recent = full.slice(3, 6).map((s) => s.id);
    const qs = queries();
    expect(qs.length).toBeGreaterThan(100);
    for (const q of qs) {
      const ids = (list: Snippet[]) => list.map((s) => s.id);
      expect(ids(searchSnippets(b, q)), q).toEqual(ids(searchSnippets(a, q)));
      expect(ids(searchSnippets(b, q, { recent })), q).toEqual(ids(searchSnippets(a, q, { recent })));
    }
  });

  it('is smaller', () => {
    expect(JSON.stringify(raw.map(leanSnippetFile)).length).toBeLessThan(JSON.stringify(raw).length * 0.9);
  });
});

describe('extraTerms', () => {
  it('keeps only folded words the label lacks, each once, as one term', () => {
    expect(extraTerms('Nơi nhận: tờ trình', ['noi nhan to trinh', 'nhu tren', 'Như trên'])).toEqual([
      'nhu tren',
    ]);
    expect(extraTerms('Kính gửi', ['kinh gui'])).toEqual([]);
  });
});
