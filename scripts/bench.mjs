// npm run bench: every performance figure of the project, against its budget, written to bench-results/bench.json.
// Runs after `npm run build` and the bundling of scripts/bench-rules.ts (see package.json).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { keystrokeLatency, lighthouseScores } from './bench-browser.mjs';
import { firstLoad } from './first-load.mjs';
import { rulePageLighthouse, rulePageSize } from './bench-rule-page.mjs';
import { serve } from './serve.mjs';

const BUDGETS = {
  rules3NodesMedianMs: 1,
  rules500NodesMedianMs: 20,
  firstLoadGzipBytes: 110_000,
  // Interaction to Next Paint as browsers judge it: the wizard's keystroke no slower than 1.25x the floor page's.
  keystrokeP95RatioToFloor: 1.25,
  settleP95Ms: 100,
  lighthousePerformance: 0.95,
  lighthouseAccessibility: 1,
  lighthouseBestPractices: 1,
  // A static rule page (rules/<id>/): plain HTML and CSS, so every category at full score, SEO included.
  rulePageLighthouse: 1,
};
const LIGHTHOUSE_RUNS = 5;
// Keystroke runs vary on a busy 2-core machine: each figure is shown per run and as the median, and a keystroke
// budget is met only when every run meets it (one good run of three is not a met budget).
const KEYSTROKE_RUNS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value, digits = 2) => Number(value.toFixed(digits));

execFileSync(process.execPath, ['dist-bench/bench-rules.mjs'], { stdio: 'inherit' });
const rules = JSON.parse(readFileSync('bench-results/rules.json', 'utf8')).rules;
// Parsers at 4 sizes each, and check of a 5,000-node List in a child process (scripts/bench-parsers.ts, issue 18).
execFileSync(process.execPath, ['--expose-gc', 'dist-bench/bench-parsers.mjs'], { stdio: 'inherit' });
const parsers = JSON.parse(readFileSync('bench-results/parsers.json', 'utf8'));
const PARSER_BUDGETS = { growthExponent: 1.2, nodes5000Ms: 3000, nodes5000RssMb: 1024 };
const size = firstLoad('dist');

// Each run interleaves the wizard's and the floor page's keystrokes, so both see the same machine load; the ratio is
// taken within a run, then the median over the runs.
const keystrokeRuns = async (wizardUrl, floorUrl) => {
  const runs = [];
  for (let i = 0; i < KEYSTROKE_RUNS; i++) runs.push(await keystrokeLatency({ wizardUrl, floorUrl, keystrokes: 100, throttle: 4 }));
  const summary = (page) => ({
    keystrokes: runs[0][page].keystrokes,
    p50Ms: median(runs.map((r) => r[page].p50Ms)),
    p95Ms: median(runs.map((r) => r[page].p95Ms)),
    p95Runs: runs.map((r) => r[page].p95Ms),
    below16Runs: runs.map((r) => r[page].below16),
    settleP50Ms: median(runs.map((r) => r[page].settleP50Ms)),
    settleP95Ms: median(runs.map((r) => r[page].settleP95Ms)),
    settleP95Runs: runs.map((r) => r[page].settleP95Ms),
    settleMaxMs: Math.max(...runs.map((r) => r[page].settleMaxMs)),
    // Per run: where the slowest entry's time went (median input delay, handlers, wait for the paint).
    slowestEntryRuns: runs.map((r) => r[page].slowestEntryMedianMs),
  });
  const ratios = runs.map((r) => round(r.wizard.p95Ms / r.floor.p95Ms));
  return { throttle: runs[0].throttle, runs: runs.length, wizard: summary('wizard'), floor: summary('floor'), p95Ratio: median(ratios), p95RatioRuns: ratios, p95RatioWorst: Math.max(...ratios) };
};

const server = await serve({ port: 4175 });
const floorServer = await serve({ root: 'dist-bench/keystroke-floor', port: 4176 });
let keystroke;
const lighthouse = [];
try {
  keystroke = await keystrokeRuns('http://127.0.0.1:4175/', 'http://127.0.0.1:4176/');
  // Lighthouse's simulated throttling scales the tasks it observes, so machine noise moves the score; report the median run.
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) lighthouse.push(await lighthouseScores('http://127.0.0.1:4175/'));
} finally {
  server.close();
  floorServer.close();
}
// Without SITE_URL the build writes relative canonical and hreflang links (scripts/rule-pages.mjs), which Lighthouse's
// SEO audits fail: the rule page's SEO figure is a hosted build's only with SITE_URL set.
if (!process.env.SITE_URL) console.warn('SITE_URL is not set: the rule page has relative canonical and hreflang links, so its Lighthouse SEO is not a hosted build\'s; run SITE_URL=http://127.0.0.1:4177/ npm run bench');
const rulePage = { ...rulePageSize('dist'), lighthouse: await rulePageLighthouse({ runs: 3 }) };
const score = (key) => median(lighthouse.map((run) => run[key]));
const lighthouseMedian = {
  runs: LIGHTHOUSE_RUNS,
  performance: score('performance'),
  accessibility: score('accessibility'),
  bestPractices: score('bestPractices'),
  seo: score('seo'),
  performanceRuns: lighthouse.map((run) => run.performance),
  metrics: Object.fromEntries(Object.keys(lighthouse[0].metrics).map((key) => [key, median(lighthouse.map((run) => run.metrics[key]))])),
  failingAudits: [...new Set(lighthouse.flatMap((run) => run.failingAudits))],
};

const checks = [
  ['rules, 3 nodes, median', rules.nodes3.medianMs, 'ms', '<=', BUDGETS.rules3NodesMedianMs],
  ['rules, 500 nodes, median', rules.nodes500.medianMs, 'ms', '<=', BUDGETS.rules500NodesMedianMs],
  ['first-load JS+CSS+HTML, gzip', size.gzip, 'B', '<=', BUDGETS.firstLoadGzipBytes],
  ['keystroke Event Timing p95 / floor p95, worst run', keystroke.p95RatioWorst, 'x', '<=', BUDGETS.keystrokeP95RatioToFloor],
  ['keystroke to settled page, p95, worst run', Math.max(...keystroke.wizard.settleP95Runs), 'ms', '<=', BUDGETS.settleP95Ms],
  ['Lighthouse performance (mobile)', lighthouseMedian.performance, '', '>=', BUDGETS.lighthousePerformance],
  ['Lighthouse accessibility', lighthouseMedian.accessibility, '', '>=', BUDGETS.lighthouseAccessibility],
  ['Lighthouse best practices', lighthouseMedian.bestPractices, '', '>=', BUDGETS.lighthouseBestPractices],
  ...['performance', 'accessibility', 'bestPractices', 'seo'].map((key) => [`rule page Lighthouse ${key}`, rulePage.lighthouse[key], '', '>=', BUDGETS.rulePageLighthouse]),
];
checks.push(
  ...parsers.parsers.map((p) => [`growth exponent, ${p.name}`, p.exponent, '', '<=', PARSER_BUDGETS.growthExponent]),
  ['check, 5,000-node List, wall time', parsers.nodes5000.wallMs, 'ms', '<=', PARSER_BUDGETS.nodes5000Ms],
  ['check, 5,000-node List, peak RSS', parsers.nodes5000.maxRssMb, 'MB', '<=', PARSER_BUDGETS.nodes5000RssMb],
);
const results = {
  date: new Date().toISOString(),
  node: process.version,
  // The machine's load while the bench ran (1, 5 and 15 minutes): the figures of a busy machine are not a quiet one's.
  loadAverage: loadavg().map((l) => round(l)),
  rules,
  firstLoad: { gzip: size.gzip, brotli: size.brotli, raw: size.raw, files: size.files },
  keystroke,
  lighthouse: lighthouseMedian,
  rulePage,
  parsers: { parsers: parsers.parsers, nodes5000: parsers.nodes5000 },
  budgets: checks.map(([name, value, unit, op, budget]) => ({ name, value, unit, budget, met: op === '<=' ? value <= budget : value >= budget })),
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);

console.log(`\nload average (1, 5, 15 min) at the end: ${results.loadAverage.join(', ')}`);
console.log(`first load: ${size.gzip} B gzip, ${size.brotli} B brotli (${size.raw} B raw)`);
const { wizard, floor } = keystroke;
console.log(`keystroke, Event Timing duration (4x CPU, ${wizard.keystrokes} keystrokes per page, interleaved, median of ${keystroke.runs} runs):`);
console.log(`  wizard: p50 ${wizard.p50Ms} ms, p95 ${wizard.p95Ms} ms (runs ${wizard.p95Runs.join(', ')}; at most 16 ms: ${wizard.below16Runs.join(', ')})`);
console.log(`  bench/keystroke-floor: p50 ${floor.p50Ms} ms, p95 ${floor.p95Ms} ms (runs ${floor.p95Runs.join(', ')}; at most 16 ms: ${floor.below16Runs.join(', ')})`);
const phases = (page) => page.slowestEntryRuns.map((p) => (p ? `${p.inputDelay}/${p.processing}/${p.presentationDelay}` : '-')).join(', ');
console.log(`  slowest entry, median input delay/handlers/until painted (ms, per run): wizard ${phases(wizard)}; floor ${phases(floor)}`);
console.log(`  p95 ratio wizard / floor: ${keystroke.p95Ratio} (runs ${keystroke.p95RatioRuns.join(', ')}; worst ${keystroke.p95RatioWorst})`);
console.log(`  settle (keydown to the last DOM change): wizard p50 ${wizard.settleP50Ms} ms, p95 ${wizard.settleP95Ms} ms (runs ${wizard.settleP95Runs.join(', ')}), max ${wizard.settleMaxMs} ms; floor p95 ${floor.settleP95Ms} ms`);
console.log(`Lighthouse (median of ${LIGHTHOUSE_RUNS}): performance ${lighthouseMedian.performance}, accessibility ${lighthouseMedian.accessibility}, best practices ${lighthouseMedian.bestPractices}, SEO ${lighthouseMedian.seo}; performance runs ${lighthouseMedian.performanceRuns.join(', ')}`);
console.log(`  metrics: ${JSON.stringify(lighthouseMedian.metrics)}; failing audits: ${lighthouseMedian.failingAudits.join(', ') || 'none'}\n`);
const rl = rulePage.lighthouse;
console.log(`rule page ${rulePage.page}: ${rulePage.raw} B raw, ${rulePage.gzip} B gzip; Lighthouse (median of ${rl.runs}): performance ${rl.performance}, accessibility ${rl.accessibility}, best practices ${rl.bestPractices}, SEO ${rl.seo}; failing audits: ${rl.failingAudits.join(', ') || 'none'}\n`);
for (const budget of results.budgets) {
  console.log(`${budget.met ? 'met ' : 'OVER'}  ${budget.name.padEnd(40)} ${String(budget.value).padStart(9)} ${budget.unit.padEnd(2)} budget ${budget.budget}`);
}
console.log('\nWrote bench-results/bench.json');
process.exitCode = results.budgets.every((b) => b.met) ? 0 : 1;
