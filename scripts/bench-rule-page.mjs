// A rule page's figures for `npm run bench` (scripts/bench.mjs): its bytes raw and gzip (the page is one file: the
// stylesheet is inlined, there is no script) and its Lighthouse scores, median of a few runs. Standalone:
// `node scripts/bench-rule-page.mjs` after a build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lighthouseScores } from './bench-browser.mjs';
import { serve } from './serve.mjs';

// The page of the issue most people arrive with (flannel-io/flannel#1629): messages, a three-row table, two files each side.
export const BENCH_RULE_PAGE = 'rules/flannel-ipv6-first-podsubnet/';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function rulePageSize(dist = 'dist', page = BENCH_RULE_PAGE) {
  const bytes = readFileSync(join(dist, page, 'index.html'));
  return { page, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Lighthouse on the rule page served from dist/ at the host root (so /robots.txt is the site's), median of `runs`. */
export async function rulePageLighthouse({ runs = 3, port = 4177 } = {}) {
  const server = await serve({ port });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) results.push(await lighthouseScores(`http://127.0.0.1:${port}/${BENCH_RULE_PAGE}`));
  } finally {
    server.close();
  }
  const score = (key) => median(results.map((run) => run[key]));
  return {
    runs,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('bestPractices'),
    seo: score('seo'),
    performanceRuns: results.map((run) => run.performance),
    metrics: Object.fromEntries(Object.keys(results[0].metrics).map((key) => [key, median(results.map((run) => run.metrics[key]))])),
    failingAudits: [...new Set(results.flatMap((run) => run.failingAudits))],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = rulePageSize();
  console.log(`${size.page}: ${size.raw} B raw, ${size.gzip} B gzip`);
  const lighthouse = await rulePageLighthouse();
  console.log(`Lighthouse (median of ${lighthouse.runs}): performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility}, best practices ${lighthouse.bestPractices}, SEO ${lighthouse.seo}; performance runs ${lighthouse.performanceRuns.join(', ')}`);
  console.log(`  metrics: ${JSON.stringify(lighthouse.metrics)}; failing audits: ${lighthouse.failingAudits.join(', ') || 'none'}`);
}
