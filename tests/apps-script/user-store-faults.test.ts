import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORPHAN_AGE_MS } from '../../apps-script/server/outline-pieces.ts';
import {
  deleteUserOutline,
  loadUserOutlines,
  saveUserOutlines,
} from '../../apps-script/server/user-store.ts';
import { CallLog } from '../../playground/document-app/calls.ts';
import { FakeProperties } from '../../playground/document-app/services.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { outline } from '../extension/library-fixtures.ts';

// The add-on's user outlines in the user property store, with Google's service failing at any step.
// A save writes the new pieces, then switches the index, then deletes the old pieces; whichever step
// throws, every outline reads back whole — all the old versions or all the new ones — and what a
// failed save left behind is removed by a later load, so it never uses the quota for good.

const T0 = Date.UTC(2026, 10, 21, 8);
const MINUTE = 60_000;

/** The fake store, with the k-th write (setProperty, setProperties, deleteProperty) throwing. */
class FailingProperties extends FakeProperties {
  writes = 0;
  failAt = Number.POSITIVE_INFINITY;
  constructor() {
    super(new CallLog());
  }
  private step(): void {
    this.writes++;
    if (this.writes === this.failAt) throw new Error('Service invoked too many times: properties');
  }
  override setProperty(key: string, value: string): FakeProperties {
    this.step();
    return super.setProperty(key, value);
  }
  override setProperties(properties: Record<string, string>): FakeProperties {
    this.step();
    return super.setProperties(properties);
  }
  override deleteProperty(key: string): FakeProperties {
    this.step();
    return super.deleteProperty(key);
  }
}

/** Version `v` of outline `id`, long enough for `size` pieces of 2 500 characters. */
function version(id: string, v: number, size: number): Outline {
  return { ...outline(id, size * 2500 - 400), title: `${id} bản ${v}` };
}

/** What an earlier Khung left: pieces without a revision, and extra ones from an import that held one id twice. */
function earlierLayout(props: FakeProperties, outlines: Outline[]): void {
  const index = outlines.map((o) => {
    const text = JSON.stringify(o);
    const chunks = Math.ceil(text.length / 2500);
    for (let n = 0; n < chunks; n++)
      props.data.set(`khung.outline.${o.id}.${n}`, text.slice(n * 2500, (n + 1) * 2500));
    props.data.set(`khung.outline.${o.id}.${chunks + 1}`, '"mảnh mồ côi"');
    return { id: o.id, chunks };
  });
  props.data.set('khung.outlines', JSON.stringify(index));
}

const titles = (props: FakeProperties, now: number) =>
  Object.fromEntries(loadUserOutlines(props, now).map((o) => [o.id, o.title]));
const orphans = (props: FakeProperties) => {
  const index = JSON.parse(props.data.get('khung.outlines') ?? '[]') as Array<{
    id: string;
    chunks: number;
    rev?: string;
  }>;
  const live = new Set(
    index.flatMap((e) =>
      Array.from({ length: e.chunks }, (_, n) => `khung.outline.${e.id}${e.rev ? `@${e.rev}` : ''}.${n}`),
    ),
  );
  return [...props.data.keys()].filter((k) => k.startsWith('khung.outline.') && !live.has(k));
};

const ID = fc.constantFrom('mau-a', 'mau-b', 'mau-c', 'mau-d');
const sizeArb = fc.integer({ min: 1, max: 3 });
const scenario = fc.record({
  earlier: fc.boolean(),
  before: fc.uniqueArray(fc.record({ id: ID, size: sizeArb }), { selector: (x) => x.id, maxLength: 3 }),
  save: fc.uniqueArray(fc.record({ id: ID, size: sizeArb }), {
    selector: (x) => x.id,
    minLength: 1,
    maxLength: 3,
  }),
  later: fc.integer({ min: 0, max: 30 * MINUTE }),
  failAt: fc.integer({ min: 1, max: 40 }),
});

describe('user outlines under faults', () => {
  it('reads every outline whole after a save that fails at any step, and cleans up after', () => {
    fc.assert(
      fc.property(scenario, ({ earlier, before, save, later, failAt }) => {
        const props = new FailingProperties();
        const old = before.map((x) => version(x.id, 1, x.size));
        if (earlier) earlierLayout(props, old);
        else saveUserOutlines(old, props, T0);
        const oldTitles = titles(props, T0);
        expect(Object.keys(oldTitles).sort()).toEqual(before.map((x) => x.id).sort());

        const next = save.map((x) => version(x.id, 2, x.size));
        const now = T0 + later;
        props.failAt = props.writes + failAt;
        let failed = false;
        try {
          saveUserOutlines(next, props, now);
        } catch (error) {
          failed = true;
          expect(String(error)).toContain('Service invoked too many times');
        }
        props.failAt = Number.POSITIVE_INFINITY;
        const newTitles = { ...oldTitles, ...Object.fromEntries(next.map((o) => [o.id, o.title])) };
        const after = titles(props, now);
        // All old or all new, never a mix, never an outline missing or broken.
        if (failed) expect([oldTitles, newTitles]).toContainEqual(after);
        else expect(after).toEqual(newTitles);
        // Whatever a failed save left over is gone once it is old enough to be nobody's save.
        const settled = titles(props, now + ORPHAN_AGE_MS + MINUTE);
        expect(settled).toEqual(after);
        expect(orphans(props)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('replaces an outline with the old version readable until the index switches to the new one', () => {
    const props = new FailingProperties();
    saveUserOutlines([version('mau-a', 1, 3)], props, T0);
    const log: string[] = [];
    const spy = new Proxy(props, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver);
        if (typeof value !== 'function' || !/^(set|delete)/.test(String(name)))
          return value.bind?.(target) ?? value;
        return (...args: unknown[]) => {
          log.push(`${String(name)} → ${titles(props, T0)['mau-a'] ?? 'không đọc được'}`);
          return value.apply(target, args);
        };
      },
    });
    saveUserOutlines([version('mau-a', 2, 1)], spy, T0 + MINUTE);
    expect(log).toEqual([
      'setProperties → mau-a bản 1', // the new piece, beside the old ones
      'setProperty → mau-a bản 1', // the index: the switch
      'deleteProperty → mau-a bản 2', // then the three old pieces go
      'deleteProperty → mau-a bản 2',
      'deleteProperty → mau-a bản 2',
    ]);
    expect(orphans(props)).toEqual([]);
  });

  it('removes the orphans an earlier version left (an import with one id twice) when it finds them', () => {
    const props = new FailingProperties();
    earlierLayout(props, [version('mau-a', 1, 2), version('mau-b', 1, 1)]);
    expect(orphans(props)).toEqual(['khung.outline.mau-a.3', 'khung.outline.mau-b.2']);
    expect(titles(props, T0)).toEqual({ 'mau-a': 'mau-a bản 1', 'mau-b': 'mau-b bản 1' });
    expect(orphans(props)).toEqual([]);
  });

  it('leaves alone the pieces of a save that may still be running in another execution', () => {
    const props = new FailingProperties();
    props.failAt = 2; // the new pieces are written, the index is not
    expect(() => saveUserOutlines([version('mau-a', 1, 2)], props, T0)).toThrow();
    props.failAt = Number.POSITIVE_INFINITY;
    expect(titles(props, T0 + MINUTE)).toEqual({});
    expect(orphans(props)).toHaveLength(2); // too young to be nobody's
    expect(titles(props, T0 + ORPHAN_AGE_MS + MINUTE)).toEqual({});
    expect(orphans(props)).toEqual([]);
  });

  it('refuses two outlines with one id, writing nothing', () => {
    const props = new FailingProperties();
    expect(() => saveUserOutlines([version('mau-a', 1, 1), version('mau-a', 2, 1)], props, T0)).toThrow(
      /hai đề cương cùng mã “mau-a”/,
    );
    expect(props.writes).toBe(0);
  });

  it('deletes the index entry first, then the pieces; a failure in between leaves only orphans', () => {
    const props = new FailingProperties();
    saveUserOutlines([version('mau-a', 1, 2), version('mau-b', 1, 1)], props, T0);
    props.failAt = props.writes + 3; // the index is written, the first piece deleted, the second not
    expect(() => deleteUserOutline('mau-a', props, T0)).toThrow();
    props.failAt = Number.POSITIVE_INFINITY;
    expect(titles(props, T0 + ORPHAN_AGE_MS + MINUTE)).toEqual({ 'mau-b': 'mau-b bản 1' });
    expect(orphans(props)).toEqual([]);
  });
});
