/** What went wrong with a quotation mark or a bracket. */
export type PairFaultKind = 'unclosed' | 'unopened' | 'mixed' | 'doubled-single';

/** One fault: the mark at [start, end), and its replacement when certain. */
export interface PairFault {
  kind: PairFaultKind;
  start: number;
  end: number;
  mark: string;
  replacement?: string;
}

type Kind = 'paren' | 'double' | 'single';
interface Open {
  kind: Kind;
  mark: string;
  at: number;
}

/** Doubled single quotes first ("‘‘" typed for “), then every single mark. */
const MARKS = /‘‘|’’|''|[()“”"‘’']/gu;
const LETTER = /[\p{L}\d]/u;
const SPACE_OR_OPEN = /^$|[\s(“‘[]/u;
/** "a)", "1)", "a.1)" opening a paragraph or an enumeration: a label, not a bracket. */
const LABEL_BEFORE = /(?:^|[\s,(])(?:[a-zđ]|\d{1,2}|[a-zđ]\.\d{1,2}|[ivx]{1,4})$/u;

/**
 * Pairs the quotation marks and brackets of one paragraph: “ … ”, ‘ … ’, ( … ), and straight
 * " and ' by their position (opening after a space, closing before one). Apostrophes inside words
 * are skipped. Returns the faults; unclosed “ and ( at the end are faults too (a caller may pair
 * them with an unopened mark of a later paragraph: a quotation that runs over several).
 */
export function scanPairs(text: string): PairFault[] {
  const faults: PairFault[] = [];
  const stack: Open[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const mark = m[0];
    const at = m.index;
    // The units around a mark are read only by the branches that need them (text.charAt: a string
    // of a letter beyond Latin-1 each time); most marks are “ and ”, which need neither.
    if (mark.length === 2) {
      const opening = mark === '‘‘' || (mark === "''" && SPACE_OR_OPEN.test(text.charAt(at - 1)));
      faults.push({ kind: 'doubled-single', start: at, end: at + 2, mark, replacement: opening ? '“' : '”' });
      if (opening) stack.push({ kind: 'double', mark: '“', at });
      else close(stack, faults, 'double', '”', at);
      continue;
    }
    if (
      (mark === '’' || mark === "'") &&
      LETTER.test(text.charAt(at - 1)) &&
      LETTER.test(text.charAt(at + 1))
    )
      continue; // an apostrophe
    if (mark === '(') stack.push({ kind: 'paren', mark, at });
    else if (mark === '“' || mark === '‘') stack.push({ kind: mark === '“' ? 'double' : 'single', mark, at });
    else if (mark === ')') {
      if (!stack.some((o) => o.kind === 'paren') && LABEL_BEFORE.test(text.slice(Math.max(0, at - 8), at)))
        continue;
      close(stack, faults, 'paren', mark, at);
    } else if (mark === '”' || mark === '’')
      close(stack, faults, mark === '”' ? 'double' : 'single', mark, at);
    else {
      // A straight mark opens after a space (or at the start) unless one is open; it closes otherwise.
      const kind: Kind = mark === '"' ? 'double' : 'single';
      if (!stack.some((o) => o.mark === mark) && SPACE_OR_OPEN.test(text.charAt(at - 1)))
        stack.push({ kind, mark, at });
      else if (kind === 'double' || stack.some((o) => o.kind === 'single'))
        close(stack, faults, kind, mark, at);
    }
  }
  for (const open of stack)
    if (open.kind !== 'single')
      faults.push({ kind: 'unclosed', start: open.at, end: open.at + 1, mark: open.mark });
  faults.sort((a, b) => a.start - b.start);
  return faults;
}

/** Closes the innermost open mark of that kind; marks opened inside it and left open are faults. */
function close(stack: Open[], faults: PairFault[], kind: Kind, mark: string, at: number): void {
  let i = stack.length - 1;
  while (i >= 0 && stack[i]?.kind !== kind) i--;
  if (i < 0) {
    if (kind !== 'single') faults.push({ kind: 'unopened', start: at, end: at + 1, mark });
    return;
  }
  const open = stack[i] as Open;
  for (const inner of stack.splice(i)) {
    if (inner !== open && inner.kind !== 'single')
      faults.push({ kind: 'unclosed', start: inner.at, end: inner.at + 1, mark: inner.mark });
  }
  // “ … " or " … ”: one pair in two styles.
  const straight = (c: string) => c === '"' || c === "'";
  if (straight(open.mark) !== straight(mark))
    faults.push({ kind: 'mixed', start: open.at, end: at + 1, mark: `${open.mark}…${mark}` });
}
