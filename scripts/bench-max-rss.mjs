// Preloaded (node --import) into a child process the bench measures: at exit, writes its peak resident memory
// (process.resourceUsage().maxRSS, in KiB) to $BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })));
