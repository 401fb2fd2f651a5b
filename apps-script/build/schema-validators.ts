import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import { z } from 'zod';
import type { FieldExpectation, SchemaHints } from '../server/schema-issues.ts';
import { SERVER_SCHEMAS } from '../shared/server-schemas.ts';

// Code.js cannot carry zod (≈95 KB of a 250 KB budget), yet the add-on must accept exactly what the
// core accepts. So the core's zod schemas are the only description: at build time each becomes a
// JSON Schema (zod's own z.toJSONSchema) and then a standalone validator (ajv's code generation),
// with the hints its errors need to become zod's issues (server/schema-issues.ts).

/** The module id the server imports the validators from (server/schema-check.ts). */
export const VALIDATORS_MODULE = 'virtual:khung-validators';

type Json = Record<string, unknown>;
type Documents = Readonly<Record<string, Json>>;

/** zod's issue for a value that does not fit `node` (see FieldExpectation). */
function expectationOf(node: Json): FieldExpectation {
  if (Array.isArray(node.enum)) return node.enum;
  if ('const' in node) return [node.const];
  if (Array.isArray(node.anyOf)) return 0;
  if (node.type === 'object' && typeof node.additionalProperties === 'object') return 'record';
  if (node.type === 'integer') return 'int';
  return String(node.type);
}

/** Follows a $ref ("outline", "#/definitions/x", "__shared#/definitions/x") to its node and document. */
function deref(node: Json, doc: string, docs: Documents): [Json, string] {
  const ref = node.$ref;
  if (typeof ref !== 'string') return [node, doc];
  const [id = '', pointer = ''] = ref.split('#');
  const at = id || doc;
  const target = pointer
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((n, key) => (n as Json)[key], docs[at]);
  if (typeof target !== 'object' || target === null) throw new Error(`Unresolved $ref ${ref} in ${doc}.`);
  return deref(target as Json, at, docs);
}

/** The least length a node asks for (minLength or minItems), if any. */
const minimumOf = (node: Json): number | undefined =>
  typeof node.minLength === 'number'
    ? node.minLength
    : typeof node.minItems === 'number'
      ? node.minItems
      : undefined;

/**
 * Every field's expectation by "parent.field" (a schema's own fields under its name), each object's
 * fields in the order zod checks them, and the least length of each field or list item that has one.
 * One set for all the schemas: a schema used inside another (the Outline in a library) is described once.
 */
function hintsOf(docs: Documents): Omit<SchemaHints, 'formats'> {
  const fields: Record<string, FieldExpectation> = {};
  const minimums: Record<string, number> = {};
  const seen = new Set<string>();
  const fail = (what: string) => {
    throw new Error(`${what}: the server could not word its issues as zod does.`);
  };
  const lengths = new Map<string, number | undefined>();
  const least = (key: string, node: Json) => {
    const min = minimumOf(node);
    if (lengths.has(key) && lengths.get(key) !== min) fail(`Two “${key}” of different lengths`);
    lengths.set(key, min);
    if (min !== undefined) minimums[key] = min;
  };
  /** `self`: the node's key ("parent.field", or the schema's name at its top). */
  const visit = (raw: Json, doc: string, parent: string, self: string): void => {
    const [node, at] = deref(raw, doc, docs);
    const id = `${parent}:${self}:${JSON.stringify(node)}`;
    if (seen.has(id)) return;
    seen.add(id);
    let rank = -1;
    for (const [field, child] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
      const key = `${parent}.${field}`;
      const hint = expectationOf(deref(child, at, docs)[0]);
      if (key in fields && JSON.stringify(fields[key]) !== JSON.stringify(hint))
        fail(`Two “${key}” of different kinds`);
      fields[key] = hint;
      // Issues are sorted by these ranks: an object's fields must keep the order zod checks them in.
      const next = Object.keys(fields).indexOf(key);
      if (next < rank) fail(`Two orders of the fields under “${parent}”`);
      rank = next;
      least(key, deref(child, at, docs)[0]);
      visit(child, at, field, key);
    }
    if (typeof node.items === 'object') {
      least(`${self}[]`, deref(node.items as Json, at, docs)[0]);
      visit(node.items as Json, at, parent, `${self}[]`);
    }
    if (typeof node.additionalProperties === 'object') {
      if (deref(node.additionalProperties as Json, at, docs)[0].properties)
        fail(`A record of objects in ${doc}`);
    }
    for (const branch of (node.anyOf ?? []) as Json[]) visit(branch, at, parent, self);
  };
  for (const name of Object.keys(SERVER_SCHEMAS)) visit(docs[name] as Json, name, name, name);
  return { fields, minimums };
}

/** `value` as JS source, each list of values that comes back more than once written once as a constant. */
function sharedLists(name: string, value: unknown): string {
  let json = JSON.stringify(value);
  const lists: string[] = json.match(/\[[^[\]]+\]/g) ?? [];
  const repeated = [...new Set(lists.filter((l, i) => lists.indexOf(l) !== i))];
  const consts = repeated.map((list, i) => {
    json = json.split(list).join(`${name}${i}`);
    return `const ${name}${i} = ${list};`;
  });
  return [...consts, `export const ${name} = ${json};`].join('\n');
}

/** The JSON Schemas of SERVER_SCHEMAS, and each pattern's message (the regex's own, in Vietnamese). */
function jsonSchemas(): { docs: Documents; formats: Record<string, string> } {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(SERVER_SCHEMAS)) registry.add(schema, { id });
  const formats: Record<string, string> = {};
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-7',
    uri: (id) => id,
    override: ({ zodSchema, jsonSchema }) => {
      // zod's internals (zod/v4/core): a regex check keeps its pattern and its message in its def.
      const def = zodSchema._zod.def as unknown as { type: string; checks?: Array<{ _zod: { def: Json } }> };
      for (const check of def.checks ?? []) {
        const { format, pattern, error } = check._zod.def;
        if (format !== 'regex' || !(pattern instanceof RegExp) || typeof error !== 'function') continue;
        const message = error({ code: 'invalid_format', format: 'regex', input: '' });
        if (typeof message !== 'string') continue;
        if (formats[pattern.source] !== undefined && formats[pattern.source] !== message)
          throw new Error(`The pattern ${pattern.source} has two messages; the server could not tell which.`);
        formats[pattern.source] = message;
      }
      // zod's record skips a "__proto__" key altogether; so must the validator.
      if (def.type === 'record') (jsonSchema as Json).patternProperties = { '^__proto__$': {} };
    },
  });
  const docs: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _draft, ...rest } = schema as Json;
    docs[id] = rest;
  }
  return { docs, formats };
}

/**
 * The validators' module: ajv's standalone code (one function per schema, a schema used inside
 * another compiled once), its default export the validators by name, and the `hints` of all.
 */
export async function validatorsModule(): Promise<string> {
  const { docs, formats } = jsonSchemas();
  // allErrors: zod reports every problem, not the first. loopRequired/loopEnum: loops instead of
  // one test a name or value, for a smaller Code.js. (ajv counts lengths in code points, as zod does.)
  const ajv = new Ajv({
    code: { source: true, esm: true },
    allErrors: true,
    messages: false,
    strict: true,
    loopRequired: 1,
    loopEnum: 1,
  });
  for (const [id, schema] of Object.entries(docs)) ajv.addSchema(schema, id);
  const names = Object.keys(SERVER_SCHEMAS);
  let code: string = standaloneCode(ajv, Object.fromEntries(names.map((n) => [n, n])));
  // The generated code requires ajv's runtime helpers; Code.js has no `require`, so each helper (a
  // self-contained function) is written into the module instead.
  for (const [call, helper] of code.matchAll(/require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)\.default/g)) {
    const runtime = (await import(`${helper}.js`)) as { default: { default?: unknown } | (() => unknown) };
    const fn = 'default' in runtime.default ? runtime.default.default : runtime.default;
    if (typeof fn !== 'function') throw new Error(`ajv helper ${helper} is not a function.`);
    code = code.replaceAll(call ?? '', `(${fn.toString()})`);
  }
  if (/\brequire\(/.test(code)) throw new Error('The generated validators still require a module.');
  // Each error names the schema keyword it failed at (≈9 KB of strings in all); the server never reads
  // it (server/schema-issues.ts works from the data's path), so it is left out of Code.js.
  code = code.replace(/schemaPath:"(?:[^"\\]|\\.)*",/g, '');
  return [
    code,
    `export default { ${names.join(', ')} };`,
    sharedLists('hints', { ...hintsOf(docs), formats }),
  ].join('\n');
}

/** Serves VALIDATORS_MODULE to the server build (vite.server.config.ts) and to the tests (vitest.config.ts). */
export function schemaValidators(): Plugin {
  const resolved = `\0${VALIDATORS_MODULE}`;
  return {
    name: 'khung-schema-validators',
    resolveId: (id) => (id === VALIDATORS_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? validatorsModule() : undefined),
  };
}
