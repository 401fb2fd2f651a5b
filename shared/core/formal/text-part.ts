/** A piece of a text: what it says and where, [start, end) in the text that was parsed. */
export interface TextPart {
  text: string;
  start: number;
  end: number;
}

/** The part of `text` from `start` to `end`. */
export function partOf(text: string, start: number, end: number): TextPart {
  return { text: text.slice(start, end), start, end };
}
