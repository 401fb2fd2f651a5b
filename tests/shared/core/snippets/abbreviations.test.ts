import { describe, expect, it } from 'vitest';
import { AbbreviationFile } from '../../../../shared/core/snippets/abbreviation-schema.ts';
import table from '../../../../shared/core/snippets/abbreviations.json';
import { createSnippetIndex, searchSnippets } from '../../../../shared/core/snippets/search-snippets.ts';
import type { Snippet } from '../../../../shared/core/snippets/snippet-schema.ts';
import { foldWords } from '../../../../shared/core/text/fold.ts';
import { looksLikeVietnameseSyllable } from '../../../../shared/core/text/vietnamese-syllable.ts';
import { allSnippets } from '../../../data/library-files.ts';

// The officers search with their own abbreviations (cđ, cđcs, lđlđ, bch, btv, nlđ, đv, cnvclđ, tlđ…):
// a table in abbreviations.json, checked here against its zod schema, used by the core search.

const library = createSnippetIndex(allSnippets());
const labels = (query: string) => searchSnippets(library, query).map((s) => s.label);

describe('abbreviations.json', () => {
  it('validates against its schema', () => {
    expect(AbbreviationFile.safeParse(table).success).toBe(true);
  });

  it('has each abbreviation once, none of them a Vietnamese word (it would widen every search for that word)', () => {
    const folded = table.abbreviations.map((a) => foldWords(a.short).join(''));
    expect(folded.filter((f, i) => folded.indexOf(f) !== i)).toEqual([]);
    expect(folded.filter((f) => looksLikeVietnameseSyllable(f))).toEqual([]);
  });

  it('holds the abbreviations the officers asked for', () => {
    const shorts = table.abbreviations.map((a) => foldWords(a.short).join(''));
    for (const asked of ['cđ', 'cđcs', 'lđlđ', 'bch', 'btv', 'nlđ', 'đv', 'cnvclđ', 'tlđ'])
      expect(shorts).toContain(foldWords(asked).join(''));
  });
});

describe('searching with abbreviations', () => {
  it.each([
    ['luat cd', 'Căn cứ Luật Công đoàn 2024'],
    ['luật cđ', 'Căn cứ Luật Công đoàn 2024'],
    ['btv', 'TM. Ban Thường vụ — Chủ tịch'],
    ['tm bch', 'TM. Ban Chấp hành — Chủ tịch'],
    ['kinh gui ldld', 'Kính gửi Ban Thường vụ Liên đoàn Lao động tỉnh'],
    ['nld', 'đoàn viên, người lao động'],
    ['cnvcld', 'công nhân, viên chức, lao động (CNVCLĐ)'],
  ])('“%s” finds “%s”', (query, label) => {
    expect(labels(query)).toContain(label);
  });

  it('finds a label written with the abbreviation by the words it stands for', () => {
    const snippet: Snippet = {
      id: 'thu',
      label: 'Nơi nhận của CĐCS',
      group: 'noi-nhan',
      terms: [],
      body: '- Lưu: VT.',
    };
    const index = createSnippetIndex([snippet]);
    expect(searchSnippets(index, 'noi nhan cong doan co so').map((s) => s.id)).toEqual(['thu']);
  });

  it('every abbreviation finds what its words find, and ranks a label match first', () => {
    const snippets: Snippet[] = table.abbreviations.map((a, i) => ({
      id: `s${i}`,
      label: `Mẫu về ${a.long}`,
      group: 'cum-tu',
      terms: [],
      body: 'Nội dung.',
    }));
    const index = createSnippetIndex(snippets);
    for (const [i, a] of table.abbreviations.entries()) {
      expect(
        searchSnippets(index, a.short).map((s) => s.id),
        a.short,
      ).toContain(`s${i}`);
    }
  });

  it('still needs every word to match: an abbreviation does not widen the other words', () => {
    expect(labels('luat cd xyz')).toEqual([]);
  });
});
