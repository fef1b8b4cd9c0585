// Sums the vitest and Playwright summaries in a test log into one line: "N passed, M failed".
import { readFileSync } from 'node:fs';

const log = readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
let skipped = 0;
// vitest: "      Tests  192 passed | 1 failed (193)"
for (const m of log.matchAll(/^\s*Tests\s+(.*)\(\d+\)\s*$/gm)) {
  passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
  skipped += Number(/(\d+) skipped/.exec(m[1])?.[1] ?? 0);
}
// Playwright: "  12 passed (30.1s)", "  1 failed", "  2 flaky"
for (const m of log.matchAll(/^\s{2}(\d+) (passed|failed|flaky|skipped)(?: \([^)]*\))?\s*$/gm)) {
  if (m[2] === 'passed') passed += Number(m[1]);
  else if (m[2] === 'skipped') skipped += Number(m[1]);
  else failed += Number(m[1]);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
