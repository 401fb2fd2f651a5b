import { escapeHtml } from '../../shared/core/text/escape-html.ts';

// Defence in depth for the `html` of khung:insert before it reaches execCommand('insertHTML') in a
// page's own DOM (sanitised HTML only). The panel already sends escaped, attribute-free
// markup (shared/core/outline/skeleton-html.ts); this keeps only structure and emphasis, whoever sent it.

const KEEP = new Set(
  'p h1 h2 h3 h4 h5 h6 strong em b i u br ul ol li table thead tbody tr td th blockquote'.split(' '),
);
const DROP = new Set('script style template iframe object embed svg math noscript head'.split(' '));

function serialize(node: Node): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) out += escapeHtml((child as Text).data);
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const tag = (child as Element).localName;
      if (DROP.has(tag)) continue;
      if (tag === 'br') out += '<br>';
      else if (KEEP.has(tag)) out += `<${tag}>${serialize(child)}</${tag}>`;
      else out += serialize(child);
    }
  }
  return out;
}

/** Only the allowed tags, without any attribute; everything else unwrapped or (scripts…) dropped. */
export function sanitizeHtml(html: string): string {
  // DOMParser documents are inert: no script runs, no image loads.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return serialize(doc.body);
}
