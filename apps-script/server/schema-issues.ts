import type { z } from 'zod';

// Code.js validates with standalone validators generated from the core's zod schemas
// (apps-script/build/schema-validators.ts). They report ajv's errors; the server's messages come from
// the same describer as the core's (shared/core/outline/outline-issues.ts), which reads zod issues.
// This turns the errors of one failed validation into the issues zod raises for the same data, in
// zod's order, so both hosts word one problem alike. tests/apps-script/schema-validators.test.ts
// compares the two on random data.

/**
 * zod's issue for a missing or wrong value of one field: a type name (`invalid_type`, e.g. "record"
 * where ajv says "object"), the values a literal or enum allows (`invalid_value`), or 0 for a union.
 */
export type FieldExpectation = string | readonly unknown[] | 0;

/** What the build learned from the zod schemas that ajv's errors do not say (one for all of them). */
export interface SchemaHints {
  /**
   * By "parent.field" (parent: the nearest field name above, or the schema's name at its top), each
   * object's fields in the schema's order.
   */
  fields: Readonly<Record<string, FieldExpectation>>;
  /** The Vietnamese message of each pattern (the regex's source) that has one. */
  formats: Readonly<Record<string, string>>;
  /** The least length of a field ("parent.field") or of a list's items ("parent.list[]"). */
  minimums: Readonly<Record<string, number>>;
}

/** One error of a generated validator (ajv with allErrors and without messages). */
export interface ValidatorError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** An issue as zod shapes it: only what describeIssue reads. */
interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  values?: readonly unknown[];
  keys?: string[];
  message?: string;
}

/** A JSON pointer into `data` as a zod path: array positions as numbers, keys as strings. */
function toPath(pointer: string, data: unknown): PropertyKey[] {
  if (pointer === '') return [];
  let node = data;
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      const step = Array.isArray(node) ? Number(key) : key;
      node = (node as Record<PropertyKey, unknown> | null)?.[step];
      return step;
    });
}

/** Where an issue is, in the data checked against the schema of that name. */
interface Place {
  root: string;
  path: readonly PropertyKey[];
}

/**
 * The hints' key for the last step of a path: "parent.field" for a field, "parent.list[]" for a
 * list's item (with `items`; undefined without).
 */
function fieldKey({ root, path }: Place, length = path.length, items = false): string | undefined {
  const field = path[length - 1];
  if (typeof field !== 'string' && !items) return undefined;
  const names = path.slice(0, length - 1).filter((step): step is string => typeof step === 'string');
  const parent = names[names.length - 1];
  if (typeof field === 'string') return `${parent ?? root}.${field}`;
  return parent === undefined ? `${root}[]` : `${names[names.length - 2] ?? root}.${parent}[]`;
}

/** The value at a path of the data. */
const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, step) => (node as Record<PropertyKey, unknown> | null)?.[step], data);

/**
 * zod still runs a length check on a value of the wrong type that has a length ("" where a list of at
 * least one item belongs): too_small follows invalid_type. So must the server, to say the same.
 */
function tooShortToo(
  path: PropertyKey[],
  root: string,
  data: unknown,
  hints: SchemaHints,
): Issue | undefined {
  const key = fieldKey({ root, path }, path.length, true);
  const min = key === undefined ? undefined : hints.minimums[key];
  const length = (valueAt(data, path) as { length?: unknown } | null | undefined)?.length;
  return min !== undefined && length !== undefined && !((length as number) >= min)
    ? { code: 'too_small', path }
    : undefined;
}

/** zod's issue for a wrong or missing value at `path`, when the hints know the field. */
function expected(path: PropertyKey[], root: string, hints: SchemaHints, fallback: string): Issue {
  const key = fieldKey({ root, path });
  const hint = key === undefined ? undefined : hints.fields[key];
  if (hint === 0) return { code: 'invalid_union', path };
  if (Array.isArray(hint)) return { code: 'invalid_value', values: hint, path };
  return { code: 'invalid_type', expected: typeof hint === 'string' ? hint : fallback, path };
}

/** One error as zod's issue, or undefined when zod raises nothing of its own for it. */
function issueOf(
  error: ValidatorError,
  path: PropertyKey[],
  root: string,
  hints: SchemaHints,
): Issue | undefined {
  const { params } = error;
  switch (error.keyword) {
    case 'required':
      return expected([...path, String(params.missingProperty)], root, hints, 'unknown');
    case 'type':
      return expected(path, root, hints, String(params.type === 'integer' ? 'int' : params.type));
    case 'enum':
      return { code: 'invalid_value', values: params.allowedValues as unknown[], path };
    case 'const':
      return { code: 'invalid_value', values: [params.allowedValue], path };
    case 'anyOf':
      return { code: 'invalid_union', path };
    case 'pattern': {
      const message = hints.formats[String(params.pattern)];
      return { code: 'invalid_format', path, ...(message === undefined ? {} : { message }) };
    }
    case 'minLength':
    case 'minItems':
    case 'minimum':
      return { code: 'too_small', path };
    case 'maxLength':
    case 'maxItems':
    case 'maximum':
      return { code: 'too_big', path };
    default:
      return { code: 'custom', path };
  }
}

/**
 * zod's order: an object's fields in the schema's order, each field's own issues before the issues
 * of the object or array holding it (unknown keys, too few items); array items and record keys in
 * the data's order.
 */
function compareIssues(a: Issue, b: Issue, root: string, hints: SchemaHints): number {
  const rank = (path: PropertyKey[], length: number) => {
    const key = fieldKey({ root, path }, length);
    return key === undefined ? -1 : Object.keys(hints.fields).indexOf(key);
  };
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
    const x = a.path[i];
    const y = b.path[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    const rx = rank(a.path, i + 1);
    const ry = rank(b.path, i + 1);
    // Record keys (unknown to the hints) keep the data's order: the sort is stable.
    return rx === -1 || ry === -1 ? 0 : rx - ry;
  }
  return b.path.length - a.path.length;
}

/**
 * The issues zod raises for `data`, from the errors of the validator generated from the schema named
 * `root` that rejected it.
 */
export function toZodIssues(
  errors: readonly ValidatorError[],
  data: unknown,
  root: string,
  hints: SchemaHints,
): z.core.$ZodIssue[] {
  const at = (e: ValidatorError) => e.instancePath;
  // zod reports a union once, not the failures of each branch; and a value outside an enum or a
  // literal once, whatever its type.
  const unions = new Set(errors.filter((e) => e.keyword === 'anyOf').map(at));
  const valued = new Set(errors.filter((e) => e.keyword === 'enum' || e.keyword === 'const').map(at));
  const issues: Issue[] = [];
  const unknownKeys = new Map<string, Issue>();
  for (const error of errors) {
    if (unions.has(at(error)) && error.keyword !== 'anyOf') continue;
    if (valued.has(at(error)) && error.keyword === 'type') continue;
    const path = toPath(at(error), data);
    if (error.keyword === 'additionalProperties') {
      // zod names every unknown key of an object in one issue.
      const key = String(error.params.additionalProperty);
      const known = unknownKeys.get(at(error));
      if (known) known.keys?.push(key);
      else {
        const issue: Issue = { code: 'unrecognized_keys', keys: [key], path };
        unknownKeys.set(at(error), issue);
        issues.push(issue);
      }
      continue;
    }
    const found = [
      issueOf(error, path, root, hints),
      error.keyword === 'type' ? tooShortToo(path, root, data, hints) : undefined,
    ];
    for (const issue of found) {
      const same = (i: Issue) =>
        i.code === issue?.code && i.path.length === path.length && i.path.every((k, n) => k === path[n]);
      if (issue && !issues.some(same)) issues.push(issue);
    }
  }
  issues.sort((a, b) => compareIssues(a, b, root, hints));
  // describeIssue reads only code, path, expected, values, keys and message, which these carry.
  return issues as unknown as z.core.$ZodIssue[];
}
