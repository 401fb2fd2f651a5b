import { hashUnits, slotOf } from './word-units.ts';

/**
 * Lower-case words that may open a proper name or a cited document written with a small letter
 * where NĐ 30/2020, Phụ lục II wants a capital ("việt nam", "luật", "điều 5", "số 12"): the
 * proper-name rule (style/proper-name-faults.ts) reads each place one of them is written in lower
 * case, and the shared word reading (word-scan.ts) marks the paragraphs that hold one, so the rule's
 * pattern runs on those alone.
 */
export const LOWER_NAME_HEADS: readonly string[] = [
  'châu',
  'miền',
  'luật',
  'thủ',
  'tết',
  'việt',
  'mặt',
  'tổng',
  'quốc',
  'đảng',
  'điều',
  'số',
];

let heads: { slots: Int32Array; mask: number } | null = null;

/**
 * The words' hashes as the word reading tests them: `mask`, bit (h & 31) of each hash h (a word whose
 * bit is unset is none of them), then `slots`, a bitmap with one bit a slot (slotOf) set for each.
 * Built on first use.
 */
export function nameHeads(): { slots: Int32Array; mask: number } {
  if (heads) return heads;
  const slots = new Int32Array(0x800);
  let mask = 0;
  for (const w of LOWER_NAME_HEADS) {
    const h = hashUnits(w);
    const slot = slotOf(h);
    slots[slot >>> 5] = (slots[slot >>> 5] as number) | (1 << (slot & 31));
    mask |= 1 << (h & 31);
  }
  heads = { slots, mask };
  return heads;
}
