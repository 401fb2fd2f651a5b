import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId, ownImportedOutlines, slugId } from '../../../../shared/core/library/user-ids.ts';
import type { Outline } from '../../../../shared/core/outline/outline-schema.ts';

// One decision for both hosts (extension options/side panel, add-on server): new ids from names with
// "u-", and an imported outline with a built-in id kept as the officer's own copy under a new id.

const outline = (id: string): Outline => ({ id, title: `Đề cương ${id}` }) as unknown as Outline;

describe('slugId and newId', () => {
  it.each([
    ['Báo cáo 6 tháng đầu năm', [], 'u-bao-cao-6-thang-dau-nam'],
    ['Báo cáo 6 tháng đầu năm', ['u-bao-cao-6-thang-dau-nam'], 'u-bao-cao-6-thang-dau-nam-2'],
    ['Đường, Đảng', ['u-duong-dang', 'u-duong-dang-2'], 'u-duong-dang-3'],
    ['!!!', [], 'u-muc'],
  ])('newId(%j, %j) = %s', (label, taken, id) => {
    expect(newId(label, taken)).toBe(id);
  });

  it('makes ids the schemas accept, never taken', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 12 })), (label, taken) => {
        const id = newId(label, taken);
        expect(id).toMatch(/^u-[a-z0-9][a-z0-9-]*$/);
        expect(taken).not.toContain(id);
        expect(slugId(label)).toMatch(/^$|^[a-z0-9][a-z0-9-]*[a-z0-9]$|^[a-z0-9]$/);
      }),
    );
  });
});

describe('ownImportedOutlines', () => {
  it('renames only the outlines that carry a built-in id, to ids nobody has', () => {
    const out = ownImportedOutlines(
      [outline('bao-cao-nam'), outline('mau-rieng'), outline('ke-hoach')],
      ['bao-cao-nam', 'ke-hoach'],
      ['u-bao-cao-nam'],
    );
    expect(out.map((o) => o.id)).toEqual(['u-bao-cao-nam-2', 'mau-rieng', 'u-ke-hoach']);
  });

  it('changes nothing but the ids it names, and leaves every id unique and apart from the built-ins', () => {
    const id = fc.constantFrom<string>('a', 'b', 'c', 'u-a', 'u-b', 'd');
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: 5 }),
        fc.uniqueArray(id, { maxLength: 4 }),
        fc.uniqueArray(id, { maxLength: 4 }),
        (imported, builtIn, current) => {
          const input = imported.map(outline);
          const out = ownImportedOutlines(input, builtIn, current);
          expect(out).toHaveLength(input.length);
          out.forEach((o, i) => {
            const before = input[i] as Outline;
            expect({ ...o, id: before.id }).toEqual(before);
            if (!builtIn.includes(before.id)) expect(o.id).toBe(before.id);
            else expect(builtIn.concat(current, imported)).not.toContain(o.id);
          });
          expect(new Set(out.map((o) => o.id)).size).toBe(out.length);
        },
      ),
    );
  });
});
