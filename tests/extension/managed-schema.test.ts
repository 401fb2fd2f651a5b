import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The policy IT staff push (storage.managed_schema): Chrome refuses to load an extension whose schema
// breaks its rules (the top level an object without additionalProperties, every schema with exactly
// one type or a $ref), and publishes no value that does not fit it. The worker reads exactly the
// policies declared, and the deployment guide's policy JSON names exactly them.

const root = resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(resolve(root, 'extension/public/managed-schema.json'), 'utf8')) as {
  type: string;
  properties: Record<string, { type?: string; $ref?: string; title?: string; description?: string }>;
  additionalProperties?: unknown;
};
const TYPES = ['boolean', 'integer', 'number', 'string', 'array', 'object'];

describe('managed-schema.json', () => {
  it('follows Chrome’s rules for a managed storage schema', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    for (const [name, policy] of Object.entries(schema.properties)) {
      expect(Number(policy.type !== undefined) + Number(policy.$ref !== undefined), name).toBe(1);
      if (policy.type) expect(TYPES, name).toContain(policy.type);
      expect(policy.title, name).toBeTruthy();
      expect(policy.description, name).toBeTruthy();
    }
  });

  it('is what the built manifest names, and is in the build (tests/global-setup.ts builds it)', () => {
    const dist = resolve(root, 'dist/extension-e2e');
    const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8'));
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(JSON.parse(readFileSync(resolve(dist, 'managed-schema.json'), 'utf8'))).toEqual(schema);
  });

  it('declares exactly the policies the worker reads: the library itself, or its address', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(['library', 'libraryUrl']);
    const worker = readFileSync(resolve(root, 'extension/background/org-worker.ts'), 'utf8');
    const read = [...worker.matchAll(/\braw\.(\w+)/g)].map((m) => m[1]);
    expect([...new Set(read)].sort()).toEqual(['library', 'libraryUrl']);
  });

  it('is the policy the deployment guide tells IT staff to push', () => {
    const guide = readFileSync(resolve(root, 'docs/trien-khai.md'), 'utf8');
    for (const name of Object.keys(schema.properties)) expect(guide).toContain(`"${name}"`);
  });
});
