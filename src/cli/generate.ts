// `dualstack-wizard generate`: the same files the wizard offers, written to a folder.
import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeDiagnostic } from '../content/describe';
import { decodePlan } from '../domain/permalink';
import { type Plan, exampleValues } from '../domain/plan';
import { planFromJson } from '../domain/plan-json';
import { renderAll } from '../domain/render/files';
import { renderWordsZh } from '../domain/render/words.zh';
import { joiningNodes } from '../domain/render/kubeadm';
import { type RandomSource, generateJoinSecrets } from '../domain/render/secrets';
import { hasErrors, runRules } from '../domain/rules/engine';
import { type CliLang, cliLanguage } from './check';
import { readTextFile } from './read-input';
import { forText, oneLineValue } from './terminal-text';

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
  // Bounded as check's inputs are: a device, a FIFO or a huge file ends with a message (InputError, exit 2).
  const text = readTextFile(path, 16 * 1024 * 1024);
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

/**
 * Writes every file or none: each is written beside its place under a temporary name first, and only when all are
 * written are they renamed into place, so a full disk, a directory in the way or a file that cannot be replaced
 * leaves the folder as it was, and the message says which path and why.
 */
function writeAllOrNone(out: string, files: Array<{ name: string; content: string }>, force: boolean): void {
  const kind = (path: string) => {
    try {
      return lstatSync(path);
    } catch {
      return null;
    }
  };
  const folder = kind(out);
  if (folder && !folder.isDirectory()) throw new GenerateError(`${out} is not a directory; nothing was written`);
  const targets = files.map((file) => ({ path: join(out, file.name), content: file.content }));
  for (const { path } of targets) if (kind(path)?.isDirectory()) throw new GenerateError(`${path} is a directory, in the way of a file of that name; nothing was written`);
  const clashes = targets.filter(({ path }) => kind(path) !== null).map(({ path }) => path);
  if (clashes.length && !force) throw new GenerateError(`refusing to overwrite ${clashes.join(', ')} (pass --force to replace them); nothing was written`);
  const staged: string[] = [];
  try {
    mkdirSync(out, { recursive: true });
    for (const { path, content } of targets) {
      const temporary = `${path}.${process.pid}.partial`;
      writeFileSync(temporary, content, { flag: 'wx' });
      staged.push(temporary);
    }
  } catch (error) {
    for (const temporary of staged) rmSync(temporary, { force: true });
    throw new GenerateError(`cannot write into ${out}: ${ioReason(error)}; nothing was written`);
  }
  targets.forEach(({ path }, i) => renameSync(staged[i]!, path));
}

function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const path = (error as NodeJS.ErrnoException).path;
  const reasons: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', ENOSPC: 'no space left on the device', EROFS: 'a read-only file system', ENOTDIR: 'a file is in the way of a folder', EEXIST: 'a file appeared while writing', EISDIR: 'a directory is in the way' };
  return `${path ? `${path}: ` : ''}${(code && reasons[code]) ?? (error as Error).message}`;
}

/** Node's Web Crypto, as the browser's; tests pass their own. */
const systemRandom: RandomSource = (bytes) => globalThis.crypto.getRandomValues(bytes);

export function runGenerate(options: GenerateOptions, io: { stdout: (t: string) => void; stderr: (t: string) => void; random?: RandomSource }): 0 | 1 {
  const plan = loadPlan(options, io.stderr);
  if (options.iface !== undefined) plan.flannel.iface = options.iface;
  const { rules, cli } = cliLanguage(options.lang);
  const made = generateJoinSecrets(io.random ?? systemRandom);
  const files = renderAll(plan, { token: options.token ?? made.token, certificateKey: options.certificateKey ?? made.certificateKey }, options.lang === 'zh-CN' ? { words: renderWordsZh } : {});
  writeAllOrNone(options.out, files, options.force);
  io.stdout(cli.wrote(files.length, options.out, files.map((f) => f.name)));
  const joining = joiningNodes(plan);
  if (joining.length) io.stdout(cli.secretsNote(options.token !== undefined, joining.some((n) => n.role === 'control-plane') ? options.certificateKey !== undefined : null));
  const diagnostics = runRules(plan).filter((d) => d.severity !== 'info');
  for (const d of diagnostics.map(forText)) io.stderr(`plan: ${cli.severity[d.severity]} [${d.rule}] ${describeDiagnostic(d, rules).message}\n`);
  if (hasErrors(diagnostics)) io.stderr(cli.planErrors);
  // A plan without "nodes", or a link from an unedited page, has the wizard's example node: never the user's.
  const examples = exampleValues(plan);
  const exampleRows = [...new Set(examples.map((v) => v.index))];
  if (exampleRows.length) {
    io.stderr(cli.exampleValues(exampleRows.map((index) => ({ name: oneLineValue(plan.nodes[index]!.name), values: examples.filter((v) => v.index === index && v.field !== 'name').map((v) => v.value) }))));
  }
  return hasErrors(diagnostics) ? 1 : 0;
}
