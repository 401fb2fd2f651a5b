import { describe, expect, it } from 'vitest';
import { matchTrigger, triggerTable } from '../../../../shared/core/snippets/match-trigger.ts';
import { type Snippet, SnippetTrigger } from '../../../../shared/core/snippets/snippet-schema.ts';
import { bundledSnippets } from '../../../../shared/library/bundled.ts';

const snippet = (id: string, trigger: string): Snippet => ({
  id,
  label: id,
  group: 'cum-tu',
  terms: [],
  body: id,
  trigger,
});
const table = triggerTable([snippet('noi-nhan', ';nn'), snippet('nn-dai', ';nnd'), snippet('dv', ';đv')]);

describe('matchTrigger: the trigger the officer just finished typing', () => {
  it.each([
    [';nn', 'noi-nhan', 3],
    ['Kính gửi ;nn', 'noi-nhan', 3],
    ['(;nn', 'noi-nhan', 3],
    ['xem ;nnd', 'nn-dai', 4],
    ['ghi ;đv', 'dv', 3],
  ])('%j ends with the trigger of %s (%i characters)', (text, id, length) => {
    expect(matchTrigger(text, table)).toMatchObject({ snippet: { id }, length });
  });

  it.each(['', 'a;nn', 'ban;nn', ';n', ';nn ', 'nn', ';NN'])('%j holds no trigger at its end', (text) => {
    expect(matchTrigger(text, table)).toBeNull();
  });

  it('keeps the first snippet when a library repeats a trigger', () => {
    const t = triggerTable([snippet('a', ';x'), snippet('b', ';x')]);
    expect(matchTrigger(';x', t)?.snippet.id).toBe('a');
  });

  it('accepts only a mark then lower-case letters, digits or đ as a trigger', () => {
    for (const ok of [';nn', ':kg', '!het', '/a1', ';đv'])
      expect(SnippetTrigger.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['nn', ';', '; nn', ';NN', ';nợ', `;${'a'.repeat(16)}`])
      expect(SnippetTrigger.safeParse(bad).success, bad).toBe(false);
  });
});

describe('the built-in triggers', () => {
  const withTrigger = bundledSnippets().filter((s) => s.trigger !== undefined);
  it('are several, unique, and none starts another (it would expand first)', () => {
    expect(withTrigger.length).toBeGreaterThanOrEqual(8);
    const triggers = withTrigger.map((s) => s.trigger ?? '');
    expect(new Set(triggers).size).toBe(triggers.length);
    for (const a of triggers)
      for (const b of triggers) if (a !== b) expect(b.startsWith(a), `${a} ${b}`).toBe(false);
  });

  it('include ;nn for the Nơi nhận block', () => {
    expect(matchTrigger('Trân trọng./. ;nn', triggerTable(withTrigger))?.snippet.group).toBe('noi-nhan');
  });
});
