import { DocxCorruptError } from './limits.ts';
import { TreeBuilder, type XmlNode, xmlSink } from './xml-events.ts';
import type { DocxPackage } from './zip-package.ts';

/** Where the parts Khung reads live in this package: found through the relationships, as Word does. */
export interface PartNames {
  document: string;
  styles?: string;
  numbering?: string;
  theme?: string;
}

/** The part a relationship points to, resolved against the part that owns it ("../x", "/x", "%20"). */
function resolveTarget(owner: string, target: string): string {
  const url = new URL(target, `file:///${owner}`);
  return decodeURIComponent(url.pathname).replace(/^\/+/, '');
}

/** Reads a small part whole into a tree (its size is bounded by the package's part limit). */
export async function readTree(pkg: DocxPackage, path: string): Promise<XmlNode | undefined> {
  const builder = new TreeBuilder();
  await pkg.read(path, xmlSink(builder));
  return builder.root();
}

/** Relationship type (its last path segment) → target part, for one part's .rels. */
async function relationships(pkg: DocxPackage, owner: string): Promise<Map<string, string>> {
  const slash = owner.lastIndexOf('/');
  const rels = `${owner.slice(0, slash + 1)}_rels/${owner.slice(slash + 1)}.rels`;
  const out = new Map<string, string>();
  if (!pkg.has(rels)) return out;
  const root = await readTree(pkg, rels);
  for (const r of root?.children ?? []) {
    const { Type: type, Target: target, TargetMode: mode } = r.attrs;
    if (r.local !== 'Relationship' || !type || !target || mode === 'External') continue;
    const kind = type.slice(type.lastIndexOf('/') + 1);
    if (!out.has(kind)) out.set(kind, resolveTarget(owner, target));
  }
  return out;
}

/**
 * The main document part (from _rels/.rels, else word/document.xml) and the styles, numbering and
 * theme parts it relates to. A package without a main document is not a Word document.
 */
export async function findParts(pkg: DocxPackage): Promise<PartNames> {
  const root = await relationships(pkg, '');
  const main = root.get('officeDocument');
  const document = main && pkg.has(main) ? main : 'word/document.xml';
  if (!pkg.has(document)) throw new DocxCorruptError('no main document part');
  const related = await relationships(pkg, document);
  const out: PartNames = { document };
  for (const kind of ['styles', 'numbering', 'theme'] as const) {
    const path = related.get(kind);
    if (path && pkg.has(path)) out[kind] = path;
  }
  return out;
}

/** The theme's heading (major) and body (minor) Latin fonts, that runs may name instead of a family. */
export interface ThemeFonts {
  major?: string;
  minor?: string;
}

/** a:fontScheme › a:majorFont | a:minorFont › a:latin/@typeface. */
export function themeFonts(root: XmlNode | undefined): ThemeFonts {
  const out: ThemeFonts = {};
  const walk = (node: XmlNode, depth: number) => {
    if (depth > 6) return;
    for (const c of node.children) {
      if (c.local === 'majorFont' || c.local === 'minorFont') {
        const face = c.children.find((l) => l.local === 'latin')?.attrs.typeface?.trim();
        if (face) out[c.local === 'majorFont' ? 'major' : 'minor'] = face;
      } else walk(c, depth + 1);
    }
  };
  if (root) walk(root, 0);
  return out;
}
