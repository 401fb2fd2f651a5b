#!/usr/bin/env node
// Entry of the `khung` command: runs the build in dist/cli (made by `npm install` through "prepare").
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of the command between runs (a faster start); Node 20 has no
// such cache and goes on without it.
module.enableCompileCache?.();

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'khung: chưa dựng chương trình; chạy "npm run build:cli" (npm install cũng tự làm việc này).\n',
  );
  process.exit(2);
}
// `khung … | head`: the reader closed the pipe; stop quietly instead of printing a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
// It ends the process once the output is written, without waiting for Node to take the heap down
// (a build older than runProcess only answers main).
const cli = await import(entry.href);
if (cli.runProcess) await cli.runProcess(process.argv.slice(2));
else process.exitCode = await cli.main(process.argv.slice(2));
