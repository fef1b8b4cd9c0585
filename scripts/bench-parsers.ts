// Part of npm run bench (issue 18): each parser's time at 4 input sizes and its growth exponent, the slope of
// log(time) over log(size) through the medians (1 is linear, 2 quadratic), and `check` of a 5,000-node List in a
// child process, its wall time and peak memory. Writes bench-results/parsers.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { explainLog } from '../src/domain/explain';
import { MAX_INPUT_BYTES, MAX_NODE_LIST_BYTES } from '../src/domain/limits';
import { analyzeFiles } from '../src/domain/parse/files';
import { flannelConfigMap, flannelLog, helmValues, kubeadmWithJoins, kustomizationWithPatch, netConfWithUnknownKeys, nodesListJson } from './scale-inputs';

interface Parser {
  name: string;
  /** Input of about `bytes` (or, for the List, of `units` nodes). */
  make: (units: number) => string;
  path: string;
  /** The sizes measured: bytes, or nodes when `unit` is "nodes". */
  sizes: number[];
  unit: 'bytes' | 'nodes';
  run?: (text: string) => unknown;
}

// Four sizes from 10 KB to the 1 MiB limit, spaced evenly on a log scale; the log explainer reads 10 MB (the CLI
// reads 16 MiB of log); the List from 70 to 7,000 nodes (8.4 KB each: 59 MB, under its 64 MiB limit).
const geometric = (from: number, to: number): number[] => [0, 1, 2, 3].map((i) => Math.round(from * (to / from) ** (i / 3)));
const FILE_SIZES = geometric(10_000, 1_000_000);
const PARSERS: Parser[] = [
  { name: 'kubeadm config (join documents)', make: kubeadmWithJoins, path: 'kubeadm-config.yaml', sizes: FILE_SIZES, unit: 'bytes' },
  { name: 'net-conf.json (unknown keys)', make: netConfWithUnknownKeys, path: 'net-conf.json', sizes: FILE_SIZES, unit: 'bytes' },
  { name: 'Flannel ConfigMap (unknown keys)', make: flannelConfigMap, path: 'kube-flannel-cfg.yaml', sizes: FILE_SIZES, unit: 'bytes' },
  { name: 'kustomization patch (unknown keys)', make: kustomizationWithPatch, path: 'kustomization.yaml', sizes: FILE_SIZES, unit: 'bytes' },
  { name: 'Helm values (tolerations, annotations)', make: helmValues, path: 'flannel-values.yaml', sizes: FILE_SIZES, unit: 'bytes' },
  { name: 'kubectl get nodes -o json', make: nodesListJson, path: 'nodes.json', sizes: geometric(70, 7000), unit: 'nodes' },
  { name: 'explain log (kube-flannel crash)', make: flannelLog, path: 'kube-flannel.log', sizes: geometric(10_000, 10_000_000), unit: 'bytes', run: (text) => explainLog(text) },
];

/** The input of `make` nearest to `bytes` (within 2%, never over): the count of units is scaled until it fits. */
function ofBytes(make: (units: number) => string, bytes: number): string {
  let units = 100;
  let text = make(units);
  for (let i = 0; i < 20 && (text.length > bytes || text.length < bytes * 0.98); i++) {
    units = Math.max(1, Math.floor(units * (bytes / text.length) * (text.length > bytes ? 0.995 : 1)));
    text = make(units);
  }
  return text;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// With --expose-gc (bench.mjs passes it), each run starts on a collected heap, so it pays for its own garbage only.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Median of at least 3 runs, more while the runs are short (up to 9 or 2 s), after one warm-up run. */
function time(run: () => unknown): { medianMs: number; runs: number } {
  run();
  const times: number[] = [];
  let spent = 0;
  while (times.length < 3 || (times.length < 9 && spent < 2000)) {
    collect();
    const start = performance.now();
    run();
    const ms = performance.now() - start;
    times.push(ms);
    spent += ms;
  }
  return { medianMs: median(times), runs: times.length };
}

/** Least-squares slope of log(time) over log(size). */
function exponent(points: Array<{ size: number; medianMs: number }>): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(p.medianMs));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return num / den;
}

const parsers = PARSERS.map((parser) => {
  const points = parser.sizes.map((size) => {
    const text = parser.unit === 'nodes' ? parser.make(size) : ofBytes(parser.make, size);
    const limit = parser.unit === 'nodes' ? MAX_NODE_LIST_BYTES : parser.run ? Infinity : MAX_INPUT_BYTES;
    if (text.length > limit) throw new Error(`${parser.name}: ${text.length} characters pass the input limit ${limit}`);
    const run = parser.run ? () => parser.run!(text) : () => analyzeFiles([{ path: parser.path, text }]);
    return { size, bytes: text.length, ...time(run) };
  });
  const result = { name: parser.name, unit: parser.unit, points, exponent: Number(exponent(points.map((p) => ({ size: p.bytes, medianMs: p.medianMs }))).toFixed(2)) };
  const shown = points.map((p) => `${parser.unit === 'nodes' ? `${p.size} nodes` : `${Math.round(p.bytes / 1000)} KB`} ${p.medianMs.toFixed(1)} ms`).join(', ');
  console.log(`parser ${parser.name}: exponent ${result.exponent} (${shown})`);
  return result;
});

// The CLI on a 5,000-node List written to disk, in a child process: wall time, and peak resident memory as the
// child's own process.resourceUsage() reports it when it exits (scripts/bench-max-rss.mjs, preloaded).
const dir = mkdtempSync(join(tmpdir(), 'bench-nodes-'));
let nodes5000: { nodes: number; bytes: number; wallMs: number; maxRssMb: number; exitCode: number | null };
try {
  const file = join(dir, 'nodes.json');
  const rssFile = join(dir, 'rss.json');
  const text = nodesListJson(5000);
  writeFileSync(file, text);
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', './scripts/bench-max-rss.mjs', 'dist-cli/dualstack-wizard.mjs', 'check', file], { env: { ...process.env, BENCH_RSS_FILE: rssFile }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  if (!child.stdout.includes('(nodes)')) throw new Error(`check did not read the List: ${child.stdout.slice(0, 300)} ${child.stderr}`);
  const { maxRssKb } = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number };
  nodes5000 = { nodes: 5000, bytes: text.length, wallMs: Math.round(wallMs), maxRssMb: Math.round(maxRssKb / 1024), exitCode: child.status };
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`check of a 5,000-node List (${(nodes5000.bytes / 1e6).toFixed(1)} MB), child process: ${nodes5000.wallMs} ms, peak RSS ${nodes5000.maxRssMb} MB`);

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/parsers.json', `${JSON.stringify({ date: new Date().toISOString(), node: process.version, parsers, nodes5000 }, null, 2)}\n`);
console.log('Wrote bench-results/parsers.json');
