import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OrgLibrary } from '../../../../shared/core/library/org-library-schema.ts';
import type { Outline } from '../../../../shared/core/outline/outline-schema.ts';
import type { Snippet } from '../../../../shared/core/snippets/snippet-schema.ts';

/** A small valid outline. */
export function orgOutline(id: string, title = `Đề cương ${id}`): Outline {
  return {
    id,
    title,
    documentType: 'bao-cao',
    provenance: { issuer: 'LĐLĐ tỉnh Thử', verified: false },
    parameters: [],
    frame: { kinhGui: false },
    sections: [
      { id: 'tinh-hinh', title: 'Tình hình', numbering: 'roman', required: true },
      { id: 'nhiem-vu', title: 'Nhiệm vụ', numbering: 'roman', required: false },
    ],
  };
}

/** A small valid snippet. */
export function orgSnippet(id: string, body = `Nội dung ${id}`): Snippet {
  return { id, label: `Đoạn ${id}`, group: 'cum-tu', terms: [], body };
}

/** A real outline of outlines/ (valid by tests/data), under another id. */
export function realOrgOutline(id = 'ldld-thu-bao-cao'): Outline {
  const file = resolve(import.meta.dirname, '../../../../outlines/cao-bang-bao-cao-6-thang-2020.json');
  const { $schema: _s, ...outline } = JSON.parse(readFileSync(file, 'utf8')) as Outline;
  return { ...outline, id };
}

/** A valid organisation library. */
export function orgLibrary(version = '2026.1', extra: Partial<OrgLibrary> = {}): OrgLibrary {
  return {
    kind: 'khung-org-library',
    schemaVersion: 1,
    id: 'ldld-thu',
    name: 'LĐLĐ tỉnh Thử',
    version,
    outlines: [realOrgOutline(), orgOutline('ldld-thu-ke-hoach')],
    snippets: [orgSnippet('ldld-thu-noi-nhan'), orgSnippet('ldld-thu-chu-ky')],
    ...extra,
  };
}

/** The library's file text, as `khung library build` writes it. */
export const libraryText = (library: unknown) => `${JSON.stringify(library, null, 2)}\n`;
