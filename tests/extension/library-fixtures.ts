import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';

/** A valid user snippet. */
export function snippet(id: string, body = `Nội dung ${id}`): Snippet {
  return { id, label: `Đoạn ${id}`, group: 'cum-tu', terms: [], body };
}

/** A real outline from outlines/ (validated by tests/data/outlines.test.ts). */
export function realOutline(): Outline {
  const file = resolve(import.meta.dirname, '../../outlines/cao-bang-bao-cao-6-thang-2020.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Outline;
}

/** A small valid outline with `guidanceBytes` of guidance text (to cross sync's 8 KB item quota). */
export function outline(id: string, guidanceBytes = 0): Outline {
  return {
    id,
    title: `Đề cương ${id}`,
    documentType: 'bao-cao',
    provenance: { verified: false },
    parameters: [],
    frame: { kinhGui: false },
    sections: [
      {
        id: 'tinh-hinh',
        title: 'Tình hình',
        numbering: 'roman',
        required: true,
        guidance: ['x'.repeat(guidanceBytes)],
      },
    ],
  };
}
