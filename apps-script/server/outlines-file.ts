/**
 * The built-in outlines ship as KhungOutlines.html, a JSON array written by the build next to
 * Code.js (vite.server.config.ts): kept out of Code.js they do not weigh on its size nor slow every
 * google.script.run call's script load; they are read only by the calls that need them (outlines.ts).
 */
export const OUTLINES_FILE = 'KhungOutlines';
