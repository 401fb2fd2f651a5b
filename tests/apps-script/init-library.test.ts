import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInOf, withBuiltIn } from '../../apps-script/sidebar/init-library.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { newAddon } from './helpers.ts';

// The built-in outlines (≈140 KB of JSON) cross google.script.run once per sidebar: a reload after an
// insert or a change to the user's outlines asks khungInit('user-only').

const o = (id: string) => ({ id, title: id, sections: [] }) as unknown as Outline;
const list = (ids: string[], user: string[]) => ids.map((id) => ({ id, user: user.includes(id) }));

describe('the sidebar keeps the built-in outlines it got first', () => {
  it('takes the built-in outlines from a full answer, and puts them back in front of a user-only one', () => {
    const full = { outlines: list(['a', 'b', 'u-1'], ['u-1']), library: [o('a'), o('b'), o('u-1')] };
    const held = builtInOf(full);
    expect(held.map((x) => x.id)).toEqual(['a', 'b']);
    const userOnly = { outlines: list(['a', 'b', 'u-2'], ['u-2']), library: [o('u-2')] };
    expect(withBuiltIn(userOnly, held).library.map((x) => x.id)).toEqual(['a', 'b', 'u-2']);
    expect(withBuiltIn(full, null)).toBe(full);
    // An answer that carried them anyway does not list them twice.
    expect(withBuiltIn(full, held).library.map((x) => x.id)).toEqual(['a', 'b', 'u-1']);
  });
});

describe("khungInit('user-only') on the built Code.js", () => {
  it('sends the user outlines only in full, and the whole list as before', () => {
    const { gas } = newAddon();
    const file = resolve(import.meta.dirname, '../../outlines/cao-bang-bao-cao-6-thang-2020.json');
    const mine = { ...JSON.parse(readFileSync(file, 'utf8')), id: 'mau-cua-toi' };
    expect(gas.call<{ ok: boolean }>('khungImportUserOutlines', JSON.stringify(mine)).ok).toBe(true);
    type Init = { ok: true; outlines: Array<{ id: string; user: boolean }>; library: Outline[] };
    const full = gas.call<Init>('khungInit');
    const lean = gas.call<Init>('khungInit', 'user-only');
    expect(full.library.length).toBeGreaterThan(10);
    expect(lean.library.map((x) => x.id)).toEqual(['mau-cua-toi']);
    expect(lean.library).toEqual(full.library.filter((x) => full.outlines.find((s) => s.id === x.id)?.user));
    expect(lean.outlines).toEqual(full.outlines);
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(full).length / 10);
  });
});
