import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../cli/package-root.ts';
import { outlineJsonSchema } from './json-schemas.ts';

// Writes the JSON Schema files generated from zod; tests/data/outlines.test.ts fails when they are stale.
const target = join(packageRoot(), 'outlines', 'outline.schema.json');
writeFileSync(target, outlineJsonSchema());
console.log(`Đã ghi ${target}`);
