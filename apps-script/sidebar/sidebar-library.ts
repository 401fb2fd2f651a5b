/// <reference types="vite/client" />
import { z } from 'zod/mini';
import type { Same } from '../../shared/core/document/doc-model-mini.ts';
import type { Parameter } from '../../shared/core/outline/outline-schema.ts';
import { STANDARD_PARAMETERS } from '../../shared/core/outline/standard-parameters.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';

// What the sidebar bundles of the library, checked in zod/mini (the inlined Sidebar.html has no room
// for full zod): each built-in outline's `parameters` (for the form; the server holds the outlines
// themselves) and the snippet files (slimmed at build time by lean-snippets.ts). The files are
// validated against the core's full schemas by the tests; the type checks at the bottom keep these
// mirrors the core's shapes.

const ParameterMini = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['text', 'date', 'number', 'choice']),
  default: z.optional(z.string()),
  options: z.optional(z.array(z.string())),
});

const SnippetFieldMini = z.object({
  name: z.string(),
  label: z.string(),
  type: z.enum(['text', 'paragraph', 'choice', 'date']),
  options: z.optional(z.array(z.string())),
  default: z.optional(z.string()),
  required: z.optional(z.boolean()),
  case: z.optional(z.enum(['upper'])),
});
const SourceMini = z.object({
  title: z.string(),
  number: z.optional(z.string()),
  date: z.optional(z.string()),
  issuer: z.optional(z.string()),
  inForceFrom: z.optional(z.string()),
  inForceUntil: z.optional(z.string()),
  verified: z.boolean(),
  note: z.optional(z.string()),
});
const SnippetMini = z.object({
  id: z.string(),
  label: z.string(),
  group: z.enum(['tieu-de', 'kinh-gui', 'can-cu', 'mo-dau', 'ket-thuc', 'noi-nhan', 'chu-ky', 'cum-tu']),
  terms: z.array(z.string()),
  body: z.string(),
  fields: z.optional(z.array(SnippetFieldMini)),
  source: z.optional(SourceMini),
  note: z.optional(z.string()),
  legacy: z.optional(z.boolean()),
  placement: z.optional(z.enum(['block', 'inline'])),
  trigger: z.optional(z.string()),
});
const SnippetsOfFile = z.object({ snippets: z.array(SnippetMini) });

const parameterFiles = import.meta.glob<unknown>(['../../outlines/*.json', '!../../outlines/*.schema.json'], {
  eager: true,
  import: 'parameters',
});
const snippetFiles = import.meta.glob<unknown>(['../../snippets/*.json', '!../../snippets/*.schema.json'], {
  eager: true,
  import: 'default',
});

const Parameters = z.array(ParameterMini);
const byId = new Map<string, Parameter[]>();
for (const [path, data] of Object.entries(parameterFiles)) {
  const parsed = Parameters.safeParse(data);
  if (parsed.success) byId.set(path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, ''), parsed.data);
}

/** The parameters of an outline: a built-in one's own, else the standard set derived outlines use. */
export function outlineParameters(id: string): Parameter[] {
  return byId.get(id) ?? STANDARD_PARAMETERS;
}

/** The built-in snippets, in file order then file position (a file that fails is left out). */
export function sidebarSnippets(): Snippet[] {
  const out: Snippet[] = [];
  for (const path of Object.keys(snippetFiles).sort()) {
    const parsed = SnippetsOfFile.safeParse(snippetFiles[path]);
    if (parsed.success) out.push(...parsed.data.snippets);
  }
  return out;
}

const mirrors: [Same<z.infer<typeof ParameterMini>, Parameter>, Same<z.infer<typeof SnippetMini>, Snippet>] =
  [true, true];
void mirrors;
