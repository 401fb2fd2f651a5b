// `khung` in a child process for the resource tests: runs the command line from source and, when
// KHUNG_TEST_STATS names a file, writes the process's peak resident memory and CPU time there on exit.
import { writeFileSync } from 'node:fs';
import { main } from '../../../cli/main.ts';

const stats = process.env.KHUNG_TEST_STATS;
process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  if (stats) writeFileSync(stats, JSON.stringify({ maxRssKb: usage.maxRSS, cpuSeconds }));
});
process.exitCode = await main(process.argv.slice(2));
