// Part of npm run bench: time to run every rule on a 3-node and a 500-node plan, median and p99.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type Plan, defaultPlan } from '../src/domain/plan';
import { runRules } from '../src/domain/rules/engine';

function planWithNodes(count: number): Plan {
  const plan = defaultPlan();
  plan.podCidr = { ipv4: '10.0.0.0/14', ipv6: 'fd00:10:244::/48' };
  plan.nodes = Array.from({ length: count }, (_, i) => ({
    name: i < 3 ? `cp-${i + 1}` : `worker-${i + 1}`,
    role: i < 3 ? ('control-plane' as const) : ('worker' as const),
    ipv4: `192.168.${Math.floor(i / 250)}.${(i % 250) + 1}`,
    ipv6: `fd00:192:168::${(i + 1).toString(16)}`,
  }));
  return plan;
}

function measure(plan: Plan, runs: number): { medianMs: number; p99Ms: number; runs: number } {
  for (let i = 0; i < 50; i++) runRules(plan); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    runRules(plan);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { medianMs: Number(at(0.5).toFixed(4)), p99Ms: Number(at(0.99).toFixed(4)), runs };
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  rules: {
    nodes3: { ...measure(planWithNodes(3), 2000), budgetMedianMs: 1 },
    nodes500: { ...measure(planWithNodes(500), 300), budgetMedianMs: 20 },
  },
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/rules.json', `${JSON.stringify(results, null, 2)}\n`);
for (const [name, r] of Object.entries(results.rules)) {
  const ok = r.medianMs <= r.budgetMedianMs ? 'within' : 'OVER';
  console.log(`rules ${name.padEnd(9)} median ${r.medianMs.toFixed(3)} ms  p99 ${r.p99Ms.toFixed(3)} ms  (${r.runs} runs; budget ${r.budgetMedianMs} ms median: ${ok})`);
}
console.log('Wrote bench-results/rules.json');
