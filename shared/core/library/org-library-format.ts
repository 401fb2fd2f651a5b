// The organisation library file's fixed marks, apart from its zod schema so that a host validating
// with hand-written checks (the add-on's Code.js, which carries no zod) shares them without the schema.

/** What an organisation library file says it is, so any other JSON file is told apart at once. */
export const ORG_LIBRARY_KIND = 'khung-org-library';
/** The form of the file this code reads and writes; a newer one asks the officer to update Khung. */
export const ORG_LIBRARY_SCHEMA_VERSION = 1;
/** A library version: numbers joined by dots ("2026.3", "5"), compared number by number. */
export const VERSION_PATTERN = /^\d{1,9}(\.\d{1,9}){0,3}$/;
/** What a wrong library version is told. */
export const VERSION_FORMAT = 'viết bằng các số cách nhau bởi dấu chấm, ví dụ 2026.3 hoặc 5';
