import type { Fix, Range, Severity } from './finding.ts';

/**
 * What a rule reports; the engine fills in the rule id and the configured severity. It lives in the
 * base layer because the readers of the frame (formal/) and of style (style/) build reports for the
 * rules that call them.
 */
export interface Report {
  block: number;
  /** Defaults to the whole block. */
  range?: Range;
  message: string;
  fix?: Fix;
  /** Overrides the rule's default severity for this one report (e.g. a gap is an error, a restart a warning). */
  severity?: Severity;
}
