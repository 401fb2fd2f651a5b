import type { Outline } from './outline-schema.ts';

/**
 * A generic outline ("khung chung"): made from NĐ 30's forms and union practice, not from a real
 * đề cương of an upper body (no source document, not verified against one). Its order of optional
 * sections is a suggestion, and its required sections are union practice, not a State rule.
 */
export function isGenericOutline(outline: Outline): boolean {
  return !outline.provenance.seed && !outline.provenance.verified;
}
