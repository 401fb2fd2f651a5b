import { mergeProps, type ParaProps, paraProps, type RunProps, runProps } from './properties.ts';
import { wChild, wChildren, type XmlNode } from './xml-events.ts';

type StyleType = 'paragraph' | 'character' | 'table' | 'numbering';

interface Style {
  type: StyleType;
  name: string;
  basedOn?: string;
  para: ParaProps;
  run: RunProps;
}

/** A style resolved through its basedOn chain: the chain's names, and its properties base first. */
export interface ResolvedStyle {
  /** The style's own name first, then the names of the styles it is based on. */
  names: readonly string[];
  para: ParaProps;
  run: RunProps;
}

/** Word stops following basedOn long before this; a loop (A based on B based on A) stops here too. */
const MAX_CHAIN = 32;
const EMPTY: ResolvedStyle = { names: [], para: {}, run: {} };

/** styles.xml: the document defaults, the styles by id, each style resolved once through its chain. */
export class StyleSheet {
  readonly defaultPara: ParaProps;
  readonly defaultRun: RunProps;
  private readonly styles = new Map<string, Style>();
  private readonly defaults = new Map<StyleType, string>();
  private readonly resolved = new Map<string, ResolvedStyle>();

  constructor(root: XmlNode | undefined) {
    const docDefaults = wChild(root, 'docDefaults');
    this.defaultPara = paraProps(wChild(wChild(docDefaults, 'pPrDefault'), 'pPr'));
    this.defaultRun = runProps(wChild(wChild(docDefaults, 'rPrDefault'), 'rPr'));
    for (const node of wChildren(root, 'style')) {
      const id = node.attrs.styleId;
      const type = node.attrs.type as StyleType | undefined;
      if (!id || this.styles.has(id)) continue;
      const style: Style = {
        type: type ?? 'paragraph',
        name: wChild(node, 'name')?.attrs.val ?? id,
        para: paraProps(wChild(node, 'pPr')),
        run: runProps(wChild(node, 'rPr')),
      };
      const basedOn = wChild(node, 'basedOn')?.attrs.val;
      if (basedOn) style.basedOn = basedOn;
      delete style.run.styleId; // a style's rPr cannot name a character style
      this.styles.set(id, style);
      const isDefault = node.attrs.default;
      if (isDefault !== undefined && /^(1|true|on)$/i.test(isDefault) && !this.defaults.has(style.type))
        this.defaults.set(style.type, id);
    }
  }

  /** The default style of a type: Normal for paragraphs, Normal Table for tables. */
  defaultId(type: StyleType): string | undefined {
    return this.defaults.get(type);
  }

  /** A style id's type, when styles.xml defines it. */
  typeOf(id: string): StyleType | undefined {
    return this.styles.get(id)?.type;
  }

  /** A style resolved through basedOn (derived properties override base ones); unknown ids give nothing. */
  resolve(id: string | undefined): ResolvedStyle {
    if (id === undefined) return EMPTY;
    const known = this.resolved.get(id);
    if (known) return known;
    const chain: Style[] = [];
    const seen = new Set<string>();
    for (let at: string | undefined = id; at && !seen.has(at) && chain.length < MAX_CHAIN; ) {
      seen.add(at);
      const style = this.styles.get(at);
      if (!style) break;
      chain.push(style);
      at = style.basedOn;
    }
    const base = [...chain].reverse();
    const out: ResolvedStyle = {
      names: chain.map((s) => s.name),
      para: mergeProps(...base.map((s) => s.para)),
      run: mergeProps(...base.map((s) => s.run)),
    };
    this.resolved.set(id, out);
    return out;
  }
}
