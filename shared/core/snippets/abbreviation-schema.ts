import { z } from 'zod';

// The schema of abbreviations.json, the officers' abbreviations the snippet search understands. The
// search imports the JSON without zod (the side panel has no room for it); this schema is the one
// description of the file, checked by tests/data/abbreviations.test.ts.

/** One abbreviation as officers write it ("CĐCS") and what it stands for ("Công đoàn cơ sở"). */
export const Abbreviation = z.strictObject({
  short: z.string().regex(/^\p{Lu}[\p{L}&]*$/u, 'viết tắt là một từ viết hoa, không dấu cách'),
  long: z.string().regex(/^\p{L}+(?: \p{L}+)+$/u, 'nghĩa đầy đủ gồm ít nhất hai từ'),
});
export type Abbreviation = z.infer<typeof Abbreviation>;

/** shared/core/snippets/abbreviations.json. */
export const AbbreviationFile = z.strictObject({
  $comment: z.string().optional(),
  abbreviations: z.array(Abbreviation).min(1),
});
export type AbbreviationFile = z.infer<typeof AbbreviationFile>;
