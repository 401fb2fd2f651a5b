// The module apps-script/build/schema-validators.ts generates when Code.js is built (and when the
// tests import the server): one standalone validator per schema of apps-script/shared/server-schemas.ts.
declare module 'virtual:khung-validators' {
  /** An ajv standalone validator: true when the data fits; otherwise `errors` says why. */
  interface GeneratedValidator {
    (data: unknown): boolean;
    errors?: Array<{ instancePath: string; keyword: string; params: Record<string, unknown> }> | null;
  }
  /** The validators by schema name. */
  const validators: Readonly<Record<string, GeneratedValidator>>;
  export default validators;
  /** What the validators' errors need to become zod's issues (server/schema-issues.ts). */
  export const hints: {
    fields: Readonly<Record<string, string | readonly unknown[] | 0>>;
    formats: Readonly<Record<string, string>>;
    minimums: Readonly<Record<string, number>>;
  };
}
