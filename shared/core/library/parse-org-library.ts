import {
  checkOrgLibrary,
  type OrgLibraryRead,
  type OrgSchemaCheck,
  readOrgLibraryWith,
} from './check-org-library.ts';
import { OrgLibrary } from './org-library-schema.ts';

export type { OrgLibraryRead } from './check-org-library.ts';

/** The core's schema check: zod's OrgLibrary (the Outline and Snippet schemas of every import). */
const zodCheck: OrgSchemaCheck = (data) => {
  const parsed = OrgLibrary.safeParse(data);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, issues: parsed.error.issues };
};

/** Checks parsed data as an organisation library (check-org-library.ts), with the core's schema. */
export function parseOrgLibrary(data: unknown): OrgLibraryRead {
  return checkOrgLibrary(data, zodCheck);
}

/** Reads the text of a library file (a byte-order mark is allowed) and checks it. */
export function readOrgLibrary(text: string): OrgLibraryRead {
  return readOrgLibraryWith(text, zodCheck);
}
