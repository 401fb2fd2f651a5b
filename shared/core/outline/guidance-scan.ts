import type { DocAnalysis } from '../headings/block-info.ts';
import { foldWords } from '../text/fold.ts';
import { flattenSections } from './flatten-sections.ts';
import type { Outline } from './outline-schema.ts';
import { beginsWithPrompt, promptStartFilter, START_WORDS } from './prompt-start.ts';
import { cachedTokens, dice } from './similarity.ts';

/** A paragraph this close to one of the đề cương's prompts (Dice of their word sets) repeats it. */
const SAME_TEXT = 0.85;
/** Prompts of fewer words say too little to be recognised ("Kết quả."). */
const MIN_PROMPT_WORDS = 3;
const NONE: readonly number[] = [];

/** One prompt of an outline: the flat section it belongs to, its match words and its first words. */
export interface Prompt {
  section: number;
  tokens: Set<string>;
  start: string[];
}

/** An outline's prompts and the prefilter for them, made once per outline. */
interface OutlinePrompts {
  prompts: Prompt[];
  filter: RegExp | null;
  /** 1 for each UTF-16 unit `filter` can match first (see promptStartFilter). */
  firstUnits: Uint8Array;
  /** Whether a text can begin, from an index, with a prompt's first word as `filter` spells it. */
  firstWord: (text: string, from: number) => boolean;
}
const PROMPTS = new WeakMap<Outline, OutlinePrompts>();

function outlinePrompts(outline: Outline): OutlinePrompts {
  let found = PROMPTS.get(outline);
  if (!found) {
    const prompts: Prompt[] = [];
    for (const f of flattenSections(outline)) {
      for (const text of f.section.guidance ?? []) {
        const tokens = cachedTokens(outline, text);
        if (tokens.size < MIN_PROMPT_WORDS) continue;
        prompts.push({ section: f.index, tokens, start: foldWords(text).slice(0, START_WORDS) });
      }
    }
    const filter = prompts.length > 0 ? promptStartFilter(prompts.map((p) => p.start)) : null;
    found = {
      prompts,
      filter: filter?.regex ?? null,
      firstUnits: filter?.firstUnits ?? new Uint8Array(0),
      firstWord: filter?.firstWord ?? (() => false),
    };
    PROMPTS.set(outline, found);
  }
  return found;
}

/**
 * Which of an outline's prompts (its sections' guidance) each paragraph of a document repeats — the
 * common ground of "is this the đề cương itself" and "a prompt was left in the report". A paragraph
 * repeats a prompt when, after its list mark or number, it begins with the prompt's first words
 * (beginsWithPrompt: a prompt left in place keeps its beginning) and its word set is within Dice
 * SAME_TEXT of the prompt's. One anchored regex test passes over the paragraphs that begin otherwise
 * — nearly all of a real report — so the check does not read every paragraph word by word.
 */
export class GuidanceScan {
  readonly prompts: readonly Prompt[];
  private readonly filter: RegExp | null;
  private readonly firstUnits: Uint8Array;
  private readonly firstWord: (text: string, from: number) => boolean;
  /** The blocks compared so far (the few that pass the first-unit test) and what they repeat. */
  private readonly hits = new Map<number, readonly number[]>();

  constructor(
    private readonly analysis: DocAnalysis,
    outline: Outline,
  ) {
    ({
      prompts: this.prompts,
      filter: this.filter,
      firstUnits: this.firstUnits,
      firstWord: this.firstWord,
    } = outlinePrompts(outline));
  }

  /** Whether the flat section has any prompt long enough to be recognised. */
  hasPrompts(section: number): boolean {
    return this.prompts.some((p) => p.section === section);
  }

  /** The prompts (indices into `prompts`) that paragraph `block` repeats; usually none. */
  hitsOf(block: number): readonly number[] {
    // The unit the paragraph's words start with rules out most paragraphs without reading them, and
    // their first word most of the others, before the prefilter's regex and the word sets.
    if (this.firstUnits[this.analysis.leadUnits[block] ?? 0] !== 1) return NONE;
    const info = this.analysis.blocks[block];
    if (!info || !this.firstWord(info.text, info.numbering?.titleStart ?? 0)) return NONE;
    let found = this.hits.get(block);
    if (found === undefined) {
      found = this.compare(block);
      this.hits.set(block, found);
    }
    return found;
  }

  private compare(block: number): readonly number[] {
    const info = this.analysis.blocks[block];
    if (!info || !this.filter) return NONE;
    // The words after the list mark or number ("- ", "a) ", "1.2. ") are the paragraph's own.
    const from = info.numbering?.titleStart ?? 0;
    this.filter.lastIndex = from;
    if (!this.filter.test(info.text)) return NONE;
    const rest = info.text.slice(from);
    const tokens = cachedTokens(this.analysis, info.text);
    const found: number[] = [];
    this.prompts.forEach((p, i) => {
      if (beginsWithPrompt(rest, p.start) && dice(p.tokens, tokens) >= SAME_TEXT) found.push(i);
    });
    return found.length > 0 ? found : NONE;
  }
}

const CACHE = new WeakMap<DocAnalysis, Map<Outline, GuidanceScan>>();

/** The scan of one document against one outline, made once per analysis and shared by its users. */
export function guidanceScan(analysis: DocAnalysis, outline: Outline): GuidanceScan {
  let byOutline = CACHE.get(analysis);
  if (!byOutline) {
    byOutline = new Map();
    CACHE.set(analysis, byOutline);
  }
  let scan = byOutline.get(outline);
  if (!scan) {
    scan = new GuidanceScan(analysis, outline);
    byOutline.set(outline, scan);
  }
  return scan;
}
