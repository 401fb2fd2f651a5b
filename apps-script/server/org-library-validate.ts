import { checkOrgLibrary, type OrgLibraryRead } from '../../shared/core/library/check-org-library.ts';
import { checkSchema } from './schema-check.ts';

// The organisation library checked as the core checks it (check-org-library.ts: the kind of file, the
// ids used twice, every message), its schema by the validator generated from the core's own OrgLibrary
// schema (schema-check.ts), since Code.js carries no zod.

/** Checks parsed data as an organisation library, as the core's parseOrgLibrary does. */
export function validateOrgLibrary(data: unknown): OrgLibraryRead {
  return checkOrgLibrary(data, (d) => checkSchema('orgLibrary', d));
}
