// The annotated canvas: when Docs renders with annotations, each paragraph is an
// `svg g[role=paragraph]` whose `rect[aria-label]` children carry its text. Readable from the isolated
// world (it is DOM); only rendered pages are present, and there are no heading styles.

const PARAGRAPH = '.kix-canvas-tile-content svg g[role="paragraph"]';

/** The rendered paragraphs of the annotated canvas, or null when Docs renders no annotations. */
export function canvasParagraphs(root: ParentNode = document): string[] | null {
  const groups = root.querySelectorAll(PARAGRAPH);
  if (groups.length === 0) return null;
  return [...groups].map((g) =>
    [...g.querySelectorAll('rect[aria-label]')]
      .map((r) => r.getAttribute('aria-label') ?? '')
      .join('')
      .replace(/\u200b/g, ''),
  );
}

/** The whole rendered text (paragraphs joined by newlines), or null without annotations. */
export function canvasText(root: ParentNode = document): string | null {
  return canvasParagraphs(root)?.join('\n') ?? null;
}
