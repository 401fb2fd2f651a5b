import { formatNumber } from './number-format.ts';
import type { ListDefinitions, ListLevel } from './numbering.ts';

/** What Word draws before a numbered paragraph, and the level definition that drew it. */
export interface ListLabel {
  /** "I.", "1.2.", "a)", "-", "•" … ("" when the level draws nothing). */
  text: string;
  separator: string;
  level: ListLevel;
}

/** The counters of one abstract list: shared by every instance that draws from it. */
interface ListState {
  values: Array<number | undefined>;
  /** Instances already met: an instance's w:startOverride applies where it is first used. */
  met: Set<string>;
}

const LEVELS = 9;

/**
 * Computes the labels of numbered paragraphs in document order, as Word does: each abstract list keeps
 * one counter per level, shared by the instances (w:num) drawing from it, so a list goes on across
 * paragraphs, tables and other lists between its items; an instance's startOverride restarts a level
 * where the instance is first used; an item restarts the levels below it (w:lvlRestart may say
 * otherwise); "%1.%2." draws each level's counter in that level's own format (decimal when isLgl).
 * Hand-written: the npm .docx readers either drop list labels (mammoth) or are whole converters.
 */
export class ListCounter {
  private readonly states = new Map<string, ListState>();

  constructor(private readonly lists: ListDefinitions) {}

  /** Counts one paragraph of list `numId` at level `at` and returns its label; undefined when not a list. */
  next(numId: string, at: number): ListLabel | undefined {
    const found = this.lists.instance(numId);
    if (!found) return undefined;
    const def = (k: number) => this.lists.level(numId, k);
    const own = def(at);
    if (!own) return undefined;
    let state = this.states.get(found.abstractId);
    if (!state) {
      state = { values: new Array(LEVELS).fill(undefined), met: new Set() };
      this.states.set(found.abstractId, state);
    }
    if (!state.met.has(numId)) {
      state.met.add(numId);
      for (const k of found.own.overrides.keys()) state.values[k] = undefined;
    }
    // An instance's startOverride replaces the level's start wherever the level (re)starts in it.
    const start = (k: number) => found.own.overrides.get(k)?.start ?? def(k)?.start ?? 0;
    const current = state.values[at];
    state.values[at] = current === undefined ? start(at) : current + 1;
    for (let deeper = at + 1; deeper < LEVELS; deeper++) {
      const restartAfter = def(deeper)?.restartAfter ?? deeper;
      // lvlRestart is 1-based: "restart after level n" resets on items at 0-based levels below n.
      if (restartAfter !== 0 && at < restartAfter) state.values[deeper] = undefined;
    }
    if (own.format === 'bullet') return { text: own.text, separator: own.separator, level: own };
    const values = state.values;
    const text = own.text.replace(/%([1-9])/g, (_, digit: string) => {
      const k = Number(digit) - 1;
      const format = own.legal ? 'decimal' : (def(k)?.format ?? 'decimal');
      return formatNumber(values[k] ?? start(k), format);
    });
    return { text, separator: own.separator, level: own };
  }
}
