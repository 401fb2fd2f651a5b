/// <reference path="./generated-validators.d.ts" />
import validators, { hints } from 'virtual:khung-validators';
import type { z } from 'zod';
import type { ServerSchemaData, ServerSchemaName } from '../shared/server-schemas.ts';
import { toZodIssues } from './schema-issues.ts';

// The server's only way to check data: the validators the build generated from the core's zod
// schemas (apps-script/shared/server-schemas.ts), so the add-on accepts exactly what the other hosts
// accept, and says why in the core's words.

/** The result of a check, shaped as zod's safeParse (the core's checks take either). */
export type SchemaResult<T> = { success: true; data: T } | { success: false; issues: z.core.$ZodIssue[] };

function validator(name: ServerSchemaName) {
  const validate = validators[name];
  if (!validate) throw new Error(`Khung: no validator was generated for “${name}”.`);
  return validate;
}

/** Whether `data` fits the schema (the data itself, unchanged, is then of its type). */
export function fits<K extends ServerSchemaName>(name: K, data: unknown): data is ServerSchemaData<K> {
  return validator(name)(data);
}

/**
 * zod's records skip a "__proto__" key (the validators ignore it too); it is removed here as zod's
 * parsed data leaves it out. A strict object never holds one: the validators reject unknown keys.
 */
function dropProtoKeys(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  if (Object.hasOwn(value, '__proto__')) Reflect.deleteProperty(value, '__proto__');
  for (const child of Object.values(value)) dropProtoKeys(child);
}

/** Checks `data` against the schema: the data (as zod parses it), or the issues zod would raise. */
export function checkSchema<K extends ServerSchemaName>(
  name: K,
  data: unknown,
): SchemaResult<ServerSchemaData<K>> {
  const validate = validator(name);
  if (validate(data)) {
    dropProtoKeys(data);
    return { success: true, data: data as ServerSchemaData<K> };
  }
  return { success: false, issues: toZodIssues(validate.errors ?? [], data, name, hints) };
}
