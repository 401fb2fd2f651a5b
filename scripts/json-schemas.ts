import { z } from 'zod';
import { Outline, Section } from '../shared/core/outline/outline-schema.ts';
import { SnippetFile } from '../shared/core/snippets/snippet-schema.ts';

/**
 * Names for the JSON Schema: `Section` is recursive (a z.lazy), so zod 4 must emit it once under
 * $defs and point `children` at it. Without an id it would be called "__schema0"; with one, editors
 * show "Section" and the file stays readable. A local registry keeps the core's schemas untouched.
 */
function schemaNames(): z.core.$ZodRegistry<{ id?: string; title?: string; description?: string }> {
  const names = z.registry<{ id?: string; title?: string; description?: string }>();
  names.add(Outline, {
    title: 'Đề cương Khung',
    description: 'Một đề cương văn bản Công đoàn: khung thể thức, các mục và gợi ý của từng mục.',
  });
  names.add(Section, {
    id: 'Section',
    title: 'Mục',
    description: 'Một mục của đề cương, đánh số như văn bản gốc, kèm các đoạn gợi ý.',
  });
  return names;
}

/** The text of outlines/outline.schema.json: the zod `Outline` as JSON Schema, 2-space indent, final newline. */
export function outlineJsonSchema(): string {
  // io 'input': the shape people write in the JSON files (optional fields stay optional).
  const schema = z.toJSONSchema(Outline, { target: 'draft-2020-12', io: 'input', metadata: schemaNames() });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The text of snippets/snippet.schema.json: the zod `SnippetFile` as JSON Schema, like the outline schema. */
export function snippetJsonSchema(): string {
  const names = z.registry<{ title?: string; description?: string }>();
  names.add(SnippetFile, {
    title: 'Tệp đoạn mẫu Khung',
    description:
      'Một nhóm đoạn mẫu (tiêu đề, kính gửi, căn cứ, mở đầu, kết thúc, nơi nhận, chữ ký, cụm từ) với ô điền {{tên}}.',
  });
  const schema = z.toJSONSchema(SnippetFile, { target: 'draft-2020-12', io: 'input', metadata: names });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
