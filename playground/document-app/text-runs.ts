/** A run of characters sharing text attributes (BOLD, FONT_SIZE…). */
export interface Run {
  text: string;
  attrs: Record<string, unknown>;
}

/** Joins neighbouring runs with equal attributes and drops empty ones. */
export function normalizeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameAttrs(last.attrs, run.attrs)) last.text += run.text;
    else out.push({ text: run.text, attrs: { ...run.attrs } });
  }
  return out;
}

function sameAttrs(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  return true;
}

/** Splits runs so that `offset` falls on a run boundary; returns the index of the run starting there. */
export function splitAt(runs: Run[], offset: number): number {
  let pos = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as Run;
    if (offset === pos) return i;
    if (offset < pos + run.text.length) {
      const cut = offset - pos;
      runs.splice(
        i,
        1,
        { text: run.text.slice(0, cut), attrs: { ...run.attrs } },
        { text: run.text.slice(cut), attrs: { ...run.attrs } },
      );
      return i + 1;
    }
    pos += run.text.length;
  }
  return runs.length;
}

/** The attributes text inserted at `offset` takes: those of the character before it (or after, at 0). */
export function attrsAt(runs: Run[], offset: number): Record<string, unknown> {
  const target = Math.max(0, offset - 1);
  let pos = 0;
  for (const run of runs) {
    if (target < pos + run.text.length) return { ...run.attrs };
    pos += run.text.length;
  }
  return { ...(runs[runs.length - 1]?.attrs ?? {}) };
}

/** The value every run shares for an attribute, or null when runs differ or none set it. */
export function commonValue(runs: Run[], key: string): unknown {
  if (runs.length === 0) return null;
  const first = runs[0]?.attrs[key] ?? null;
  return runs.every((r) => (r.attrs[key] ?? null) === first) ? first : null;
}
