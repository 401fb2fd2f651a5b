import { escapeHtml } from '../text/escape-html.ts';
import type { SkeletonBlock } from './skeleton-block.ts';

// Simple, sanitised HTML for web editors that take HTML (CKEditor, TinyMCE, ProseMirror…): only
// p, h1–h4, strong, em and one table for the header — no attributes, no styles, every text escaped,
// so nothing a snippet or an outline holds can become markup (sanitised HTML only).

/** The inline markup of one block: its text in strong/em as its style says. */
function inline(block: SkeletonBlock): string {
  let html = escapeHtml(block.text);
  if (block.style.italic) html = `<em>${html}</em>`;
  if (block.style.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** The element a block becomes: tên loại h1, section headings h2–h4 by depth, the rest paragraphs. */
function element(block: SkeletonBlock): string {
  if (block.role === 'title') return `<h1>${escapeHtml(block.text)}</h1>`;
  if (block.role === 'heading') {
    const tag = `h${Math.min((block.level ?? 1) + 1, 4)}`;
    return `<${tag}>${escapeHtml(block.text)}</${tag}>`;
  }
  return `<p>${inline(block)}</p>`;
}

/**
 * Skeleton blocks → HTML: the header lines as a two-column table (left: cơ quan, số; right: Quốc
 * hiệu, Tiêu ngữ, địa danh ngày tháng — NĐ 30/2020, Phụ lục I), then one element per block.
 */
export function skeletonToHtml(blocks: readonly SkeletonBlock[]): string {
  const header = blocks.filter((b) => b.role === 'header');
  const column = (side: 'left' | 'right') =>
    header
      .filter((b) => (b.column ?? 'left') === side)
      .map((b) => `<p>${inline(b)}</p>`)
      .join('');
  const out: string[] = [];
  if (header.length > 0) {
    out.push(`<table><tbody><tr><td>${column('left')}</td><td>${column('right')}</td></tr></tbody></table>`);
  }
  for (const block of blocks) if (block.role !== 'header') out.push(element(block));
  return out.join('\n');
}

/** Skeleton blocks → plain text for editors without HTML: one paragraph a line, header lines first. */
export function skeletonToLines(blocks: readonly SkeletonBlock[]): string {
  return blocks.map((b) => b.text).join('\n');
}
