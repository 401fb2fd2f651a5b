/** The prefix that sends `khung check` to Google Drive instead of a local file. */
export const GDOC_PREFIX = 'gdoc:';

/** Drive and Docs ids are URL-safe base64-like strings; real ones are 25–44 characters. */
const ID = /^[A-Za-z0-9_-]{10,}$/;

/**
 * The id in what a user pasted: a bare id, a Docs URL (…/document/d/<id>/edit), a Drive folder URL
 * (…/drive/folders/<id>, also …/drive/u/0/folders/<id>) or a link with ?id=<id>. Undefined when none.
 */
export function googleIdFrom(input: string): string | undefined {
  const text = input.trim();
  if (ID.test(text)) return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const path = url.pathname.match(/\/(?:d|folders)\/([A-Za-z0-9_-]{10,})/);
  if (path?.[1]) return path[1];
  const query = url.searchParams.get('id');
  return query && ID.test(query) ? query : undefined;
}
