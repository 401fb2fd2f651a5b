import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineLibraries, type Origin } from '../../../../shared/core/library/combine-libraries.ts';
import { orgOutline, orgSnippet } from './org-fixtures.ts';

// Three libraries as one: the officer's own item wins on their machine, then the organisation's, then
// the built-in one; a built-in outline is never hidden.

const RANK: Record<Origin, number> = { personal: 3, org: 2, builtin: 1 };

describe('combineLibraries', () => {
  const builtIn = {
    outlines: [orgOutline('bao-cao')],
    snippets: [orgSnippet('noi-nhan'), orgSnippet('chu-ky')],
  };
  const org = {
    outlines: [orgOutline('bao-cao', 'Bản của tổ chức'), orgOutline('org-ke-hoach'), orgOutline('chung')],
    snippets: [
      orgSnippet('noi-nhan', 'Nơi nhận của tổ chức'),
      orgSnippet('org-loi-chao'),
      orgSnippet('chung'),
    ],
  };
  const personal = { outlines: [orgOutline('chung', 'Của tôi')], snippets: [orgSnippet('chung', 'Của tôi')] };
  const combined = combineLibraries(builtIn, org, personal);

  it('lists outlines built-in, then the organisation’s, then the officer’s', () => {
    expect(combined.outlines.map((o) => [o.outline.id, o.origin])).toEqual([
      ['bao-cao', 'builtin'],
      ['org-ke-hoach', 'org'],
      ['chung', 'personal'],
    ]);
  });

  it('never hides a built-in outline, and says which organisation outline was left out', () => {
    expect(combined.outlines.find((o) => o.outline.id === 'bao-cao')?.outline.title).toBe('Đề cương bao-cao');
    expect(combined.hiddenOrgOutlines).toEqual(['bao-cao']);
  });

  it('lists snippets the officer’s first, the organisation’s replacing built-in ones of the same id', () => {
    expect(combined.snippets.map((s) => [s.snippet.id, s.origin])).toEqual([
      ['chung', 'personal'],
      ['noi-nhan', 'org'],
      ['org-loi-chao', 'org'],
      ['chu-ky', 'builtin'],
    ]);
    expect(combined.snippets[1]?.snippet.body).toBe('Nơi nhận của tổ chức');
  });

  it('is the old two-library result when there is no organisation library', () => {
    const two = combineLibraries(builtIn, null, personal);
    expect(two.snippets.map((s) => s.origin)).toEqual(['personal', 'builtin', 'builtin']);
    expect(two.hiddenOrgOutlines).toEqual([]);
  });

  it('keeps each id once, won by the highest library that has it (property)', () => {
    const ids = fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
    fc.assert(
      fc.property(ids, ids, ids, ids, ids, ids, (bo, bs, oo, os, po, ps) => {
        const c = combineLibraries(
          { outlines: bo.map((i) => orgOutline(i)), snippets: bs.map((i) => orgSnippet(i)) },
          { outlines: oo.map((i) => orgOutline(i)), snippets: os.map((i) => orgSnippet(i)) },
          { outlines: po.map((i) => orgOutline(i)), snippets: ps.map((i) => orgSnippet(i)) },
        );
        const snippetIds = c.snippets.map((s) => s.snippet.id);
        expect(new Set(snippetIds).size).toBe(snippetIds.length);
        expect(new Set(snippetIds)).toEqual(new Set([...bs, ...os, ...ps]));
        for (const s of c.snippets) {
          const holders: Origin[] = [
            ...(ps.includes(s.snippet.id) ? (['personal'] as const) : []),
            ...(os.includes(s.snippet.id) ? (['org'] as const) : []),
            ...(bs.includes(s.snippet.id) ? (['builtin'] as const) : []),
          ];
          expect(RANK[s.origin]).toBe(Math.max(...holders.map((h) => RANK[h])));
        }
        const outlineIds = c.outlines.map((o) => o.outline.id);
        expect(new Set(outlineIds).size).toBe(outlineIds.length);
        for (const id of bo) expect(c.outlines.find((o) => o.outline.id === id)?.origin).toBe('builtin');
        for (const id of po.filter((i) => !bo.includes(i)))
          expect(c.outlines.find((o) => o.outline.id === id)?.origin).toBe('personal');
      }),
    );
  });
});
