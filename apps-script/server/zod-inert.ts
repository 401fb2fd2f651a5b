// Code.js is built with `zod` resolved to this module (apps-script/vite.server.config.ts). Core modules
// the server uses (the document model, findings, the check view) declare zod schemas when they load,
// but the server never parses with them: it validates with the validators the build generates from the
// core's schemas (schema-check.ts), because full zod alone is ≈95 KB. Every schema built here is inert
// and chainable; parsing with one throws, so a server path that starts relying on a core schema fails
// loudly in the Code.js tests instead of silently accepting anything.

const fail = () => {
  throw new Error('Khung: full zod is not bundled in Code.js; validate with schema-check.ts on the server.');
};

const PARSERS = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'decode', 'encode']);

function inert(): unknown {
  const target = () => undefined;
  const proxy: unknown = new Proxy(target, {
    get: (_t, key) => (typeof key === 'string' && PARSERS.has(key) ? fail : proxy),
    apply: () => proxy,
  });
  return proxy;
}

/** Stands in for `import { z } from 'zod'` in the server build only. */
export const z = inert();
/** Default export too, for `import z from 'zod'`. */
export default z;
