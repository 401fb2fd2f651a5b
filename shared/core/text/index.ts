/** Text utilities shared by every rule: normalization, folding, hygiene scan, legacy encodings. */

export { fold, foldWords } from './fold.ts';
export type { HygieneIssue, HygieneKind } from './hygiene.ts';
export { scanHygiene } from './hygiene.ts';
export type { LegacyEncoding, LegacyEncodingGuess } from './legacy-encoding.ts';
export { decodeLegacy, detectLegacyEncoding } from './legacy-encoding.ts';
export { toNfc } from './nfc-segments.ts';
export type { NormalizedText } from './normalize.ts';
export { normalizeForAnalysis, normalizeText } from './normalize.ts';
export { looksLikeVietnameseSyllable } from './vietnamese-syllable.ts';
