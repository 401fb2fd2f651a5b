/** Counts every service call the code under test makes, by "Class.method". */
export class CallLog {
  readonly counts = new Map<string, number>();
  total = 0;

  /** Records one call. */
  count(name: string): void {
    this.total++;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Forgets every call so far (e.g. after a test set the document up). */
  reset(): void {
    this.total = 0;
    this.counts.clear();
  }

  /** Calls by name, largest first, for printing. */
  table(): Array<[string, number]> {
    return [...this.counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }
}
