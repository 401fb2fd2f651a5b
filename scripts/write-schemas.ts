import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../cli/package-root.ts';
import { outlineJsonSchema, snippetJsonSchema } from './json-schemas.ts';

// Writes the JSON Schema files generated from zod; tests/data/outlines.test.ts fails when they are stale.
// tests/data/snippets.test.ts does the same for the snippet schema.
const targets: [string, string][] = [
  [join(packageRoot(), 'outlines', 'outline.schema.json'), outlineJsonSchema()],
  [join(packageRoot(), 'snippets', 'snippet.schema.json'), snippetJsonSchema()],
];
for (const [target, text] of targets) {
  writeFileSync(target, text);
  console.log(`Đã ghi ${target}`);
}
