// Docs' HTML export → paragraphs + heading levels. Docs writes Heading 1–6 as <h1>–<h6>, normal text
// and the Title/Subtitle styles as <p> (class "title"/"subtitle"), list items as <li>, table cells
// holding <p>s. Only text and levels are kept; the export's classes and inline CSS are ignored.

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li';

/** The paragraphs of an export document, in order, with h1–h6 → 1–6 and 0 for the rest. */
export function paragraphsOfExport(html: string): { paragraphs: string[]; headingLevels: number[] } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs: string[] = [];
  const headingLevels: number[] = [];
  for (const el of doc.body.querySelectorAll(BLOCKS)) {
    // A <p> inside a <li> (or any block inside another) is read once, as its outer block.
    if (el.parentElement?.closest(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\u00a0/g, ' ').replace(/[ \t]+$/g, '');
    const level = /^H([1-6])$/.exec(el.tagName)?.[1];
    paragraphs.push(text);
    headingLevels.push(level ? Number(level) : 0);
  }
  return { paragraphs, headingLevels };
}

/** True when an HTML page is Google's sign-in page rather than a document (a signed-out export). */
export function looksLikeSignIn(html: string): boolean {
  return (
    /accounts\.google\.com\/(?:v3\/signin|ServiceLogin|signin)/i.test(html) &&
    !/<h[1-6]|class="c\d/i.test(html)
  );
}
