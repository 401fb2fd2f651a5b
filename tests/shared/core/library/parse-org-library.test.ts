import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIBRARY_FIELDS, SNIPPET_FIELDS } from '../../../../shared/core/library/library-issues.ts';
import { OrgLibrary } from '../../../../shared/core/library/org-library-schema.ts';
import { parseOrgLibrary, readOrgLibrary } from '../../../../shared/core/library/parse-org-library.ts';
import { Snippet, SnippetField, SnippetSource } from '../../../../shared/core/snippets/snippet-schema.ts';
import { libraryText, orgLibrary, orgOutline, orgSnippet } from './org-fixtures.ts';

// An organisation library is read with the schemas of an ordinary import (Outline, Snippet); every
// problem is told in Vietnamese with its place in the file, never a field or type name.

const errorsOf = (data: unknown): string[] => {
  const read = parseOrgLibrary(data);
  return read.ok ? [] : read.errors;
};

describe('parseOrgLibrary', () => {
  it('accepts a valid library and keeps every item', () => {
    const read = readOrgLibrary(libraryText(orgLibrary()));
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.library.name).toBe('LĐLĐ tỉnh Thử');
      expect(read.library.outlines.map((o) => o.id)).toEqual(['ldld-thu-bao-cao', 'ldld-thu-ke-hoach']);
      expect(read.library.snippets).toHaveLength(2);
    }
  });

  it('accepts a file that starts with a byte-order mark (saved by Notepad)', () => {
    expect(readOrgLibrary(`\uFEFF${libraryText(orgLibrary())}`).ok).toBe(true);
  });

  it.each([
    [
      'an outline section with an empty title',
      (l: ReturnType<typeof orgLibrary>) => {
        (l.outlines[1] as { sections: Array<{ title: string }> }).sections[0] = {
          ...(l.outlines[1]?.sections[0] as object),
          title: '',
        } as never;
      },
      'đề cương thứ 2 “ldld-thu-ke-hoach” › mục thứ 1 › tên: còn trống hoặc quá ngắn',
    ],
    [
      'a snippet in no known group',
      (l: ReturnType<typeof orgLibrary>) => {
        (l.snippets[1] as { group: string }).group = 'khac';
      },
      'đoạn mẫu thứ 2 “ldld-thu-chu-ky” › nhóm: giá trị không hợp lệ (chỉ nhận:',
    ],
    [
      'a snippet id with capitals',
      (l: ReturnType<typeof orgLibrary>) => {
        (l.snippets[0] as { id: string }).id = 'Noi-Nhan';
      },
      'đoạn mẫu thứ 1 “Noi-Nhan” › mã: chỉ dùng chữ thường không dấu, số và dấu gạch ngang',
    ],
    [
      'a snippet field named with a space',
      (l: ReturnType<typeof orgLibrary>) => {
        (l.snippets[0] as { fields?: unknown }).fields = [
          { name: 'ten don vi', label: 'Đơn vị', type: 'text' },
        ];
      },
      'đoạn mẫu thứ 1 “ldld-thu-noi-nhan” › ô điền thứ 1 › tên ô: chỉ dùng chữ cái không dấu',
    ],
    [
      'an empty federation name',
      (l: ReturnType<typeof orgLibrary>) => {
        l.name = '';
      },
      'tên tổ chức: còn trống hoặc quá ngắn',
    ],
    [
      'a version in words',
      (l: ReturnType<typeof orgLibrary>) => {
        l.version = 'quý 3';
      },
      'phiên bản: viết bằng các số cách nhau bởi dấu chấm',
    ],
    [
      'an unknown top-level key',
      (l: ReturnType<typeof orgLibrary>) => {
        (l as Record<string, unknown>).extra = 1;
      },
      'tệp thư viện: có thông tin không dùng được: “extra”',
    ],
    [
      'a snippet that is not an object',
      (l: ReturnType<typeof orgLibrary>) => {
        (l.snippets as unknown[])[0] = 'Nơi nhận';
      },
      'đoạn mẫu thứ 1: sai kiểu (cần một nhóm thông tin)',
    ],
    [
      'an unknown key in an outline',
      (l: ReturnType<typeof orgLibrary>) => {
        (l.outlines[0] as Record<string, unknown>).tieuDe = 'x';
      },
      'đề cương thứ 1 “ldld-thu-bao-cao”: có thông tin không dùng được: “tieuDe”',
    ],
  ])('names the place of %s', (_name, spoil, expected) => {
    const library = structuredClone(orgLibrary());
    spoil(library);
    const errors = errorsOf(library);
    expect(
      errors.some((e) => e.startsWith(expected)),
      errors.join('\n'),
    ).toBe(true);
  });

  it.each([
    [
      'two outlines',
      (l: ReturnType<typeof orgLibrary>) => l.outlines.push(orgOutline('ldld-thu-ke-hoach')),
      'đề cương thứ 2 và đề cương thứ 3 cùng mã “ldld-thu-ke-hoach”',
    ],
    [
      'two snippets',
      (l: ReturnType<typeof orgLibrary>) => l.snippets.push(orgSnippet('ldld-thu-noi-nhan')),
      'đoạn mẫu thứ 1 và đoạn mẫu thứ 3 cùng mã “ldld-thu-noi-nhan”',
    ],
  ])('refuses %s with one id', (_name, spoil, expected) => {
    const library = structuredClone(orgLibrary());
    spoil(library);
    expect(errorsOf(library).join('\n')).toContain(expected);
  });

  it('refuses an outline that uses one section id twice, naming the outline', () => {
    const library = structuredClone(orgLibrary());
    const sections = library.outlines[1]?.sections ?? [];
    (sections[1] as { id: string }).id = 'tinh-hinh';
    expect(errorsOf(library).join('\n')).toContain(
      'đề cương thứ 2 “ldld-thu-ke-hoach”: mục: mã mục “tinh-hinh” bị dùng hai lần',
    );
  });

  it.each([
    [{ kind: 'khung-library', schemaVersion: 2, snippets: [] }, 'tệp thư viện riêng xuất từ trang Tùy chọn'],
    [orgOutline('x'), 'Đây là một tệp đề cương'],
    [{ hello: 1 }, 'Tệp không phải thư viện của tổ chức'],
    [[1, 2], 'Tệp không phải thư viện của tổ chức'],
    [{ ...orgLibrary(), schemaVersion: 2 }, 'phiên bản Khung mới hơn (định dạng 2)'],
  ])('tells another kind of file apart: %j', (data, expected) => {
    expect(errorsOf(data).join('\n')).toContain(expected);
  });

  it('says where the JSON is broken, by line and column', () => {
    const read = readOrgLibrary('{\n  "kind": "khung-org-library",\n  "id" "x"\n}');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toBe('Tệp không phải JSON hợp lệ: lỗi ở dòng 3, cột 8.');
  });

  it('refuses a file nested deeper than any real one before a schema sees it', () => {
    const text = `{"kind":"khung-org-library","outlines":${'['.repeat(500)}${']'.repeat(500)}}`;
    const read = readOrgLibrary(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toContain('quá sâu');
  });

  it('has a Vietnamese name for every field of a snippet and of the library (a new field needs one)', () => {
    const keys = [Snippet, SnippetField, SnippetSource].flatMap((s) => Object.keys(s.shape));
    for (const key of keys) expect(SNIPPET_FIELDS[key], key).toBeDefined();
    for (const key of Object.keys(OrgLibrary.shape).filter((k) => k !== '$schema'))
      expect(LIBRARY_FIELDS[key], key).toBeDefined();
  });

  it('never throws, and never shows a field name or an English word, whatever one value becomes', () => {
    const base = orgLibrary();
    const paths: Array<Array<string | number>> = [
      ['name'],
      ['version'],
      ['id'],
      ['snippets', 0, 'label'],
      ['snippets', 1, 'body'],
      ['snippets', 0, 'terms'],
      ['outlines', 1, 'title'],
      ['outlines', 1, 'sections', 0, 'numbering'],
      ['outlines', 0, 'frame'],
      ['outlines', 1, 'parameters'],
      ['snippets', 1, 'trigger'],
      ['snippets', 0, 'source'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
        let node = copy;
        for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
        node[path[path.length - 1] as string | number] = value;
        const read = parseOrgLibrary(copy);
        if (read.ok) return;
        for (const e of read.errors) {
          expect(e).not.toMatch(
            /\b(snippets|outlines|label|body|terms|sections|numbering|frame|parameters|trigger|source|Invalid|expected|received)\b/,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
