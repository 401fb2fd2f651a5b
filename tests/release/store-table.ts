/** The rows of the first table after `heading`: cells trimmed. */
export function tableAfter(text: string, heading: string): string[][] {
  const from = text.indexOf(heading);
  if (from < 0) throw new Error(`no section ${heading}`);
  const lines = text.slice(from).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}
/** The text of a cell written as `code`, else the cell. */
export const code = (cell = '') => cell.match(/^`([^`]+)`$/)?.[1] ?? cell;
