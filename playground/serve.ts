/**
 * `npm start`: serves the playground on 127.0.0.1 — the add-on's real sidebar beside an emulated
 * Google Doc, with google.script.run answered by the built Code.js — so insert, check and fix can be
 * tried without a Google account. PORT=… picks the port (default 8787, or a free one if taken).
 */
import { startPlayground } from './server.ts';

const wanted = Number(process.env.PORT ?? 8787);
let playground: Awaited<ReturnType<typeof startPlayground>>;
try {
  playground = await startPlayground({ port: wanted });
} catch {
  playground = await startPlayground({ port: 0 });
}
console.log(`\nKhung — sân chơi tiện ích Google Tài liệu: ${playground.url}\n(Ctrl+C để dừng)`);
