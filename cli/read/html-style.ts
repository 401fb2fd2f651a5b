import type { Alignment } from '../../shared/core/document/doc-model.ts';

// Hand-written on purpose: Khung reads three selector forms (`tag`, `.class`, `tag.class`, what Word
// and Google Docs exports write) and eight properties; a full CSS engine would weigh far more for that.

/** What an element's CSS says about the properties a DocModel keeps; absent = not set here. */
export interface ElementStyle {
  bold?: boolean;
  italic?: boolean;
  alignment?: Alignment;
  fontFamily?: string;
  fontSizePt?: number;
  indentStartPt?: number;
  indentFirstLinePt?: number;
  hidden?: boolean;
}

/** The only CSS properties read; everything else in a stylesheet is ignored. */
const PROPS = new Set([
  'font-weight',
  'font-style',
  'text-align',
  'font-family',
  'font-size',
  'margin-left',
  'text-indent',
  'display',
]);

interface Ranked {
  value: string;
  /** Specificity first, then source order: a later rule of the same specificity wins. */
  rank: number;
}
type RuleMap = Map<string, Map<string, Ranked>>;

/** Rules from `<style>` elements, pre-merged per selector so an element's lookup costs O(its classes). */
export interface StyleSheet {
  byTag: RuleMap;
  byClass: RuleMap;
  byTagClass: RuleMap;
  order: number;
}

/** An empty stylesheet to add `<style>` contents to. */
export function createStyleSheet(): StyleSheet {
  return { byTag: new Map(), byClass: new Map(), byTagClass: new Map(), order: 0 };
}

const SELECTOR = /^([a-z][a-z0-9]*)?(?:\.(-?[_a-z][\w-]*))?$/i;

/**
 * Adds the simple rules of one `<style>` element: selectors `tag`, `.class` and `tag.class` (what
 * Google Docs' export writes, e.g. `.c3{font-weight:700}`); at-rules and other selectors are skipped.
 */
export function addStyleSheet(sheet: StyleSheet, css: string): void {
  const src = css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '').replace(/<!--|-->/g, '');
  let pos = 0;
  while (pos < src.length) {
    let stop = pos;
    while (stop < src.length && src[stop] !== '{' && src[stop] !== ';' && src[stop] !== '}') stop++;
    if (stop >= src.length) return;
    const prelude = src.slice(pos, stop).trim();
    if (src[stop] !== '{') {
      pos = stop + 1; // @import url(…); @charset "…"; or a stray character
      continue;
    }
    if (prelude.startsWith('@')) {
      pos = skipBlock(src, stop); // @media, @font-face, @page: not simple rules
      continue;
    }
    const close = src.indexOf('}', stop);
    const body = src.slice(stop + 1, close < 0 ? src.length : close);
    pos = close < 0 ? src.length : close + 1;
    const decls = parseDeclarations(body);
    if (decls.size === 0) continue;
    for (const selector of prelude.split(',')) {
      const m = SELECTOR.exec(selector.trim());
      if (!m || (m[1] === undefined && m[2] === undefined)) continue;
      const tag = m[1]?.toLowerCase();
      const cls = m[2];
      const [map, key, specificity] =
        tag !== undefined && cls !== undefined
          ? [sheet.byTagClass, `${tag}.${cls}`, 11]
          : cls !== undefined
            ? [sheet.byClass, cls, 10]
            : [sheet.byTag, tag ?? '', 1];
      const merged = map.get(key) ?? new Map<string, Ranked>();
      map.set(key, merged);
      sheet.order++;
      for (const [prop, value] of decls) merged.set(prop, { value, rank: specificity * 1e10 + sheet.order });
    }
  }
}

/** Index after the `}` that closes the block opened at `open`, counting nested braces. */
function skipBlock(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) return i + 1;
  }
  return src.length;
}

/** Parses `prop: value; …` keeping only the properties Khung reads; `margin` yields its left part. */
export function parseDeclarations(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of css.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    const value = decl
      .slice(colon + 1)
      .replace(/!\s*important\s*$/i, '')
      .trim();
    if (value === '') continue;
    if (prop === 'margin') {
      const parts = value.split(/\s+/);
      const left = parts.length === 4 ? parts[3] : parts.length >= 2 ? parts[1] : parts[0];
      if (left !== undefined) out.set('margin-left', left);
    } else if (PROPS.has(prop)) {
      out.set(prop, value);
    }
  }
  return out;
}

/** The style of one element: stylesheet rules for its tag and classes, then its `style` attribute. */
export function elementStyle(
  sheet: StyleSheet,
  tag: string,
  classes: readonly string[],
  inline: string | undefined,
): ElementStyle {
  if (inline === undefined && classes.length === 0 && !sheet.byTag.has(tag)) return {};
  const winners = new Map<string, Ranked>();
  const take = (rules: Map<string, Ranked> | undefined) => {
    if (!rules) return;
    for (const [prop, ranked] of rules) {
      const prev = winners.get(prop);
      if (!prev || prev.rank < ranked.rank) winners.set(prop, ranked);
    }
  };
  take(sheet.byTag.get(tag));
  for (const cls of classes) {
    take(sheet.byClass.get(cls));
    take(sheet.byTagClass.get(`${tag}.${cls}`));
  }
  const values = new Map<string, string>();
  for (const [prop, ranked] of winners) values.set(prop, ranked.value);
  if (inline !== undefined) for (const [prop, value] of parseDeclarations(inline)) values.set(prop, value);
  return interpret(values);
}

const ALIGN: Record<string, Alignment> = {
  left: 'left',
  start: 'left',
  right: 'right',
  end: 'right',
  center: 'center',
  '-webkit-center': 'center',
  justify: 'justify',
};

/** Reads an alignment keyword (CSS `text-align` or the HTML `align` attribute). */
export function readAlignment(value: string): Alignment | undefined {
  return ALIGN[value.trim().toLowerCase()];
}

function interpret(values: Map<string, string>): ElementStyle {
  const style: ElementStyle = {};
  const weight = values.get('font-weight')?.toLowerCase();
  if (weight !== undefined) {
    const numeric = Number(weight);
    if (weight === 'bold' || weight === 'bolder' || numeric >= 600) style.bold = true;
    else if (weight === 'normal' || weight === 'lighter' || numeric > 0) style.bold = false;
  }
  const fontStyle = values.get('font-style')?.toLowerCase();
  if (fontStyle === 'italic' || fontStyle?.startsWith('oblique')) style.italic = true;
  else if (fontStyle === 'normal') style.italic = false;
  const align = values.get('text-align');
  const alignment = align === undefined ? undefined : readAlignment(align);
  if (alignment) style.alignment = alignment;
  const family = values.get('font-family');
  const first = family === undefined ? undefined : firstFamily(family);
  if (first) style.fontFamily = first;
  const size = toPoints(values.get('font-size'));
  if (size !== undefined && size > 0) style.fontSizePt = size;
  const start = toPoints(values.get('margin-left'));
  if (start !== undefined) style.indentStartPt = start;
  const firstLine = toPoints(values.get('text-indent'));
  if (firstLine !== undefined) style.indentFirstLinePt = firstLine;
  if (values.get('display')?.toLowerCase() === 'none') style.hidden = true;
  return style;
}

/** The first family of a `font-family` list, unquoted ("'Times New Roman', serif" → Times New Roman). */
export function firstFamily(value: string): string | undefined {
  const first = value
    .split(',')[0]
    ?.trim()
    .replace(/^["']|["']$/g, '')
    .trim();
  if (!first || /^(inherit|initial|unset|revert)$/i.test(first)) return undefined;
  return first;
}

const PER_UNIT: Record<string, number> = { pt: 1, px: 0.75, cm: 72 / 2.54, mm: 72 / 25.4, in: 72, pc: 12 };

/** A CSS length in points, rounded to 0.01 pt; `undefined` for keywords, percentages and em. */
export function toPoints(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))([a-z]*)$/i.exec(value.trim());
  if (!m?.[1]) return undefined;
  const amount = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  const factor = unit === '' ? (amount === 0 ? 1 : undefined) : PER_UNIT[unit];
  if (factor === undefined || !Number.isFinite(amount)) return undefined;
  return Math.round(amount * factor * 100) / 100 + 0;
}
