// A few hand-written validators that raise the issues zod raises, in the same order, for the shapes the
// server accepts (outline-validate.ts, settings.ts…). zod/mini cost ≈24 KB of Code.js's 150 KB budget;
// these and the Outline shape ≈3 KB. They cover JSON data only (what JSON.parse and google.script.run
// deliver: plain objects, string keys, no getters or holes). tests/apps-script/shape-check.test.ts and
// outline-validate.test.ts compare them with the zod/mini definitions they replaced
// (tests/apps-script/server-schemas-mini.ts) on random data, so they cannot drift apart.

/** One problem, shaped like a zod issue as describeIssue (outline-issues.ts) reads it. */
export interface Issue {
  code:
    | 'invalid_type'
    | 'invalid_value'
    | 'invalid_format'
    | 'invalid_union'
    | 'too_small'
    | 'unrecognized_keys';
  path: PropertyKey[];
  expected?: string;
  values?: readonly string[];
  keys?: string[];
  /** Only read for invalid_format: every pattern carries its Vietnamese message (outline-issues.ts). */
  message?: string;
}

/**
 * Validates a value at a path: pushes its issues and returns the parsed value (meaningful only when
 * it pushed none). `optional` marks a property that may be missing or undefined.
 */
export type Shape<T> = ((value: unknown, path: PropertyKey[], issues: Issue[]) => T) & { optional?: true };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string, then at most one pattern (zod stops at a failed check; no shape here has two). */
export const string =
  (pattern?: RegExp, message = 'sai định dạng'): Shape<string> =>
  (v, path, issues) => {
    if (typeof v !== 'string') issues.push({ code: 'invalid_type', expected: 'string', path });
    else if (pattern && !pattern.test(v)) issues.push({ code: 'invalid_format', path, message });
    return v as string;
  };

/**
 * zod's length checks (z.minLength) run even after a type error, on anything with a length: `""` for
 * an array or `[]` for a string raises invalid_type, then too_small.
 */
const tooShort = (v: unknown, min: number): boolean => {
  const length = (v as { length?: unknown } | null | undefined)?.length;
  return length !== undefined && !((length as number) >= min);
};

/** A string of at least one character (z.string().check(z.minLength(1))). */
export const nonEmpty: Shape<string> = (v, path, issues) => {
  if (typeof v !== 'string') issues.push({ code: 'invalid_type', expected: 'string', path });
  if (tooShort(v, 1)) issues.push({ code: 'too_small', path });
  return v as string;
};

export const boolean: Shape<boolean> = (v, path, issues) => {
  if (typeof v !== 'boolean') issues.push({ code: 'invalid_type', expected: 'boolean', path });
  return v as boolean;
};

/** z.enum(values). */
export const oneOf =
  <T extends string>(values: readonly T[]): Shape<T> =>
  (v, path, issues) => {
    if (!values.includes(v as T)) issues.push({ code: 'invalid_value', values, path });
    return v as T;
  };

/** A union of enums and literals: zod reports it as one invalid_union (describeIssue words it). */
export const anyOf =
  <T extends string>(values: readonly T[]): Shape<T> =>
  (v, path, issues) => {
    if (!values.includes(v as T)) issues.push({ code: 'invalid_union', path });
    return v as T;
  };

/** z.optional(shape). */
export const optional = <T>(shape: Shape<T>): Shape<T | undefined> => {
  const check: Shape<T | undefined> = (v, path, issues) => (v === undefined ? v : shape(v, path, issues));
  check.optional = true;
  return check;
};

/** z.array(element), with z.minLength(min) when given. */
export const array =
  <T>(element: Shape<T>, min = 0): Shape<T[]> =>
  (v, path, issues) => {
    const out = Array.isArray(v) ? v.map((item, i) => element(item, [...path, i], issues)) : [];
    if (!Array.isArray(v)) issues.push({ code: 'invalid_type', expected: 'array', path });
    if (min > 0 && tooShort(v, min)) issues.push({ code: 'too_small', path });
    return out;
  };

/**
 * z.strictObject(shape): the properties in the shape's order (the parsed object keeps that order), a
 * missing optional property stays missing, and unknown keys come last as one issue.
 */
export const strictObject = <T>(shape: { [K in keyof T]-?: Shape<T[K]> }): Shape<T> => {
  const known = Object.keys(shape);
  return (v, path, issues) => {
    if (!isObject(v)) {
      issues.push({ code: 'invalid_type', expected: 'object', path });
      return v as T;
    }
    const out: Record<string, unknown> = {};
    for (const key in shape) {
      const present = key in v;
      const value = shape[key](v[key], [...path, key], issues);
      if (present || !shape[key].optional) out[key] = value;
    }
    const keys = Object.keys(v).filter((key) => !known.includes(key));
    if (keys.length > 0) issues.push({ code: 'unrecognized_keys', keys, path });
    return out as T;
  };
};

/** z.record(z.string(), value): own keys in order; zod drops a `__proto__` key. */
export const record =
  <T>(value: Shape<T>): Shape<Record<string, T>> =>
  (v, path, issues) => {
    if (!isObject(v)) {
      issues.push({ code: 'invalid_type', expected: 'record', path });
      return {};
    }
    const out: Record<string, T> = {};
    for (const key of Object.keys(v))
      if (key !== '__proto__') out[key] = value(v[key], [...path, key], issues);
    return out;
  };

/** z.int().check(z.minimum(0)): an index into a list (a finding, a block). */
export const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** z.array(z.int().check(z.minimum(0))).check(z.minLength(1), z.maxLength(max)). */
export const isIndexes = (v: unknown, max: number): v is number[] =>
  Array.isArray(v) && v.length >= 1 && v.length <= max && v.every(isIndex);

/** z.string().check(z.maxLength(max)): zod counts code points (an emoji is one), not UTF-16 units. */
export const isShortString = (v: unknown, max: number): v is string =>
  typeof v === 'string' && (v.length <= max || [...v].length <= max);

/** z.string().check(z.trim(), z.maxLength(max)): the trimmed string, or undefined. */
export const trimmedShortString = (v: unknown, max: number): string | undefined => {
  const s = typeof v === 'string' ? v.trim() : v;
  return isShortString(s, max) ? s : undefined;
};
