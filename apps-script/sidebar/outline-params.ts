/// <reference types="vite/client" />
import { z } from 'zod';
import { type Parameter, Parameter as ParameterSchema } from '../../shared/core/outline/outline-schema.ts';
import { STANDARD_PARAMETERS } from '../../shared/core/outline/standard-parameters.ts';

// The sidebar needs only each built-in outline's `parameters` (for the form); the server holds the
// outlines themselves. Importing just that key of each JSON file keeps the inlined Sidebar.html
// within its 60 KB budget (issue 4 §9).
const files = import.meta.glob<unknown>(['../../outlines/*.json', '!../../outlines/*.schema.json'], {
  eager: true,
  import: 'parameters',
});

const Parameters = z.array(ParameterSchema);
const byId = new Map<string, Parameter[]>();
for (const [path, data] of Object.entries(files)) {
  const parsed = Parameters.safeParse(data);
  if (parsed.success) byId.set(path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, ''), parsed.data);
}

/** The parameters of an outline: a built-in one's own, else the standard set derived outlines use. */
export function outlineParameters(id: string): Parameter[] {
  return byId.get(id) ?? STANDARD_PARAMETERS;
}
