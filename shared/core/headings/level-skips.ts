import type { NumberingScheme } from '../base/numbering-scheme.ts';
import { type Numbering, SCHEME_RANK } from './numbering.ts';

/** The NĐ 30 chain under a Roman heading: I. → 1. → a) (Phụ lục I, II.6 and table row 6). */
const NEXT: Partial<Record<NumberingScheme, NumberingScheme>> = { roman: 'arabic', arabic: 'letter-paren' };

/** How a message shows a numbering scheme: its first label ("I.", "a)"); the scheme id otherwise. */
const NAMES: Partial<Record<NumberingScheme, string>> = {
  roman: 'I.',
  arabic: '1.',
  decimal2: '1.1.',
  decimal3: '1.1.1.',
  'letter-paren': 'a)',
  'letter-dot': 'a.',
  'upper-letter': 'A.',
};

/** "I." for roman, "a)" for letter-paren; the scheme itself for the others. */
export function schemeName(scheme: Numbering['scheme'] | 'none'): string {
  return NAMES[scheme as NumberingScheme] ?? scheme;
}

/**
 * The level a heading numbered `scheme` skips right under a heading numbered `parent` ("a)" right
 * under "I." skips "1."), or null when it skips none or the chain says nothing about the parent.
 */
export function skippedLevel(
  parent: Numbering['scheme'] | undefined,
  scheme: Numbering['scheme'],
): NumberingScheme | null {
  const expected = parent ? NEXT[parent as NumberingScheme] : undefined;
  if (!expected || scheme === 'none') return null;
  return SCHEME_RANK[scheme as NumberingScheme] > SCHEME_RANK[expected] ? expected : null;
}
