// `dualstack-wizard generate`: the same files the wizard offers, written to a folder.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeDiagnostic } from '../content/describe';
import { decodePlan } from '../domain/permalink';
import type { Plan } from '../domain/plan';
import { planFromJson } from '../domain/plan-json';
import { renderAll } from '../domain/render/files';
import { renderWordsZh } from '../domain/render/words.zh';
import { joiningNodes } from '../domain/render/kubeadm';
import { type RandomSource, generateJoinSecrets } from '../domain/render/secrets';
import { hasErrors, runRules } from '../domain/rules/engine';
import { type CliLang, cliLanguage } from './check';

export class GenerateError extends Error {}

export interface GenerateOptions {
  plan?: string;
  link?: string;
  out: string;
  force: boolean;
  /** The language of the files' comments, NEXT-STEPS.md and the report; English when absent. */
  lang?: CliLang;
  /** Checked by the caller (main.ts); a new random one when absent. */
  token?: string;
  certificateKey?: string;
  /** flanneld --iface in place of the plan's. */
  iface?: string;
}

const DROP_REASON: Record<string, string> = {
  'unknown-key': 'unknown part',
  invalid: 'not valid',
  'too-long': 'the link is too long',
  'too-many-nodes': 'too many nodes',
  'newer-version': 'made by a newer version of this tool; read as far as possible',
  'no-version': 'no version; read as v=1',
  duplicate: 'given twice; the first one was used',
};

function loadPlan(options: GenerateOptions, warn: (text: string) => void): Plan {
  if (options.link !== undefined) {
    const { plan, dropped } = decodePlan(options.link);
    for (const d of dropped) warn(`link: ignored ${d.key ? `"${d.key}=${d.value}"` : d.value}: ${DROP_REASON[d.reason] ?? d.reason}\n`);
    return plan;
  }
  const path = options.plan!;
  let text: string;
  try {
    if (statSync(path).size > 16 * 1024 * 1024) throw new GenerateError(`${path} is larger than 16 MiB`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof GenerateError) throw error;
    throw new GenerateError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GenerateError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const { plan, problems } = planFromJson(json);
  for (const problem of problems) warn(`${path}: ignored ${problem}: wrong type; the default was used\n`);
  return plan;
}

/** Node's Web Crypto, as the browser's; tests pass their own. */
const systemRandom: RandomSource = (bytes) => globalThis.crypto.getRandomValues(bytes);

export function runGenerate(options: GenerateOptions, io: { stdout: (t: string) => void; stderr: (t: string) => void; random?: RandomSource }): 0 | 1 {
  const plan = loadPlan(options, io.stderr);
  if (options.iface !== undefined) plan.flannel.iface = options.iface;
  const { rules, cli } = cliLanguage(options.lang);
  const made = generateJoinSecrets(io.random ?? systemRandom);
  const files = renderAll(plan, { token: options.token ?? made.token, certificateKey: options.certificateKey ?? made.certificateKey }, options.lang === 'zh-CN' ? { words: renderWordsZh } : {});
  if (existsSync(options.out) && !statSync(options.out).isDirectory()) throw new GenerateError(`${options.out} is not a directory`);
  const clashes = files.map((f) => join(options.out, f.name)).filter((path) => existsSync(path));
  if (clashes.length && !options.force) throw new GenerateError(`refusing to overwrite ${clashes.join(', ')} (pass --force to replace them)`);
  mkdirSync(options.out, { recursive: true });
  for (const file of files) writeFileSync(join(options.out, file.name), file.content);
  io.stdout(cli.wrote(files.length, options.out, files.map((f) => f.name)));
  const joining = joiningNodes(plan);
  if (joining.length) io.stdout(cli.secretsNote(options.token !== undefined, joining.some((n) => n.role === 'control-plane') ? options.certificateKey !== undefined : null));
  const diagnostics = runRules(plan).filter((d) => d.severity !== 'info');
  for (const d of diagnostics) io.stderr(`plan: ${cli.severity[d.severity]} [${d.rule}] ${describeDiagnostic(d, rules).message}\n`);
  if (hasErrors(diagnostics)) io.stderr(cli.planErrors);
  return hasErrors(diagnostics) ? 1 : 0;
}
