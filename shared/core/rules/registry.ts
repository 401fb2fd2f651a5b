import type { Rule } from './rule.ts';
import emptySection from './rules/empty-section.ts';
import headingLevel from './rules/heading-level.ts';
import headingStyle from './rules/heading-style.ts';
import leftoverGuidance from './rules/leftover-guidance.ts';
import legacyEncoding from './rules/legacy-encoding.ts';
import numberingSequence from './rules/numbering-sequence.ts';
import placeholderText from './rules/placeholder-text.ts';
import requiredSection from './rules/required-section.ts';
import sectionOrder from './rules/section-order.ts';
import unicodeHygiene from './rules/unicode-hygiene.ts';

/** Every rule, in the order the README lists them. Adding a rule = a file in rules/ + a line here. */
export const RULES: readonly Rule[] = [
  requiredSection,
  sectionOrder,
  numberingSequence,
  headingLevel,
  headingStyle,
  emptySection,
  leftoverGuidance,
  placeholderText,
  unicodeHygiene,
  legacyEncoding,
];
