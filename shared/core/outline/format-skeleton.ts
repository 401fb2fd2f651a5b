import type { SkeletonBlock } from './skeleton-block.ts';

/** Skeleton as plain text: the header columns one after the other, a blank line between paragraphs. */
export function skeletonToText(blocks: readonly SkeletonBlock[]): string {
  return `${blocks.map((b) => b.text).join('\n\n')}\n`;
}

/** Skeleton as Markdown: headings as #…, guidance in italics, the header as a two-column table. */
export function skeletonToMarkdown(blocks: readonly SkeletonBlock[]): string {
  const left = blocks.filter((b) => b.role === 'header' && b.column === 'left').map((b) => b.text);
  const right = blocks.filter((b) => b.role === 'header' && b.column === 'right').map((b) => b.text);
  const out: string[] = [];
  if (left.length + right.length > 0) {
    // One entry: the header row and its delimiter row must not be split by the blank-line join below.
    out.push(
      `| ${left.map(escapeCell).join('<br>')} | ${right.map(escapeCell).join('<br>')} |\n|:---:|:---:|`,
    );
  }
  for (const b of blocks) {
    if (b.role === 'header') continue;
    if (b.role === 'heading') out.push(`${'#'.repeat(Math.min((b.level ?? 1) + 1, 6))} ${b.text}`);
    else if (b.role === 'title') out.push(`# ${b.text}`);
    else if (b.role === 'guidance') out.push(`_${b.text}_`);
    else if (b.style.bold) out.push(`**${b.text}**`);
    else out.push(b.text);
  }
  return `${out.join('\n\n')}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
