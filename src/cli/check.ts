// `dualstack-wizard check`: compiler-style text or one JSON object.
import { type CliWords, cliEn } from '../content/cli.en';
import { cliZh } from '../content/cli.zh';
import { type DescribedDiagnostic, type RuleCatalogue, describeDiagnostic } from '../content/describe';
import { ENGLISH } from '../content/en';
import { ZH_RULES } from '../content/zh';
import { type FilesAnalysis, type InputFile, analyzeFiles } from '../domain/parse/files';
import { hasErrors } from '../domain/rules/engine';
import { type FamilyNodeCapacity, planNodeCapacity } from '../domain/rules/kube-controller-manager';
import { rulePagePath as sitePagePath } from '../content/rule-page-path';
import { forText } from './terminal-text';

export type CliLang = 'en' | 'zh-CN';

/** A rule's page under the site root, in the output's language: `rules/<id>/` or `zh-CN/rules/<id>/`. */
export const rulePagePath = (id: string, lang: CliLang = 'en'): string => sitePagePath(id, lang === 'zh-CN' ? 'zh' : 'en');

export interface CheckOptions {
  kubernetesVersion?: string;
  flannelVersion?: string;
  format: 'text' | 'json';
  /** The language of messages, explanations, fixes and the text output's own lines; English when absent. */
  lang?: CliLang;
}

/** The words for a language: the rule catalogue and the CLI's own lines. */
export const cliLanguage = (lang: CliLang = 'en'): { rules: RuleCatalogue; cli: CliWords } =>
  lang === 'zh-CN' ? { rules: ZH_RULES, cli: cliZh } : { rules: ENGLISH, cli: cliEn };

export interface CheckResult {
  output: string;
  exitCode: 0 | 1;
}

const WIDTH = 100;

// Chinese has no spaces: a line may break between two CJK characters (or full-width punctuation), which take two
// columns each. Text without them wraps at spaces only, as before.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const PIECES = new RegExp(`${WIDE.source}|[^\\s${WIDE.source.slice(1, -1)}]+|\\s+`, 'g');

export function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let space = false;
  for (const piece of text.match(PIECES) ?? []) {
    if (/^\s/.test(piece)) {
      space = line !== '';
      continue;
    }
    const w = WIDE.test(piece) ? 2 : piece.length;
    const sep = space ? 1 : 0;
    if (line && indent.length + width + sep + w > WIDTH) {
      lines.push(indent + line);
      line = piece;
      width = w;
    } else {
      line += space ? ` ${piece}` : piece;
      width += sep + w;
    }
    space = false;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

function where(d: DescribedDiagnostic): string {
  const loc = d.location;
  if (!loc) return 'plan';
  return loc.line ? `${loc.file}:${loc.line}` : loc.file;
}

function versionLine(analysis: FilesAnalysis, cli: CliWords): string {
  // The Chinese words put the reason in full-width parentheses.
  const [open, close] = cli === cliZh ? ['（', '）'] : [' (', ')'];
  const describe = (name: string, prefix: string, choice: FilesAnalysis['kubernetesVersion'], flag: string): string => {
    const value = `${name} ${prefix}${choice.value}`;
    const from = cli.versionFrom;
    const why =
      choice.source === 'flag' ? from.flag(flag)
      : choice.source === 'file' ? from.file(choice.file ?? '')
      : choice.source === 'comment' ? from.comment(choice.file ?? '')
      : choice.source === 'api-version' ? from.apiVersion(choice.apiVersion ?? '', choice.file ?? '', flag)
      : from.default(flag);
    return `${value}${open}${why}${close}`;
  };
  return cli.checkingFor(describe('Kubernetes', '', analysis.kubernetesVersion, '--kubernetes-version'), describe('Flannel', 'v', analysis.flannelVersion, '--flannel-version'));
}

function capacityLine(capacity: FamilyNodeCapacity[], planned: number, cli: CliWords): string {
  return cli.capacity(capacity.map(cli.capacityFamily), planned);
}

export function runCheck(inputs: InputFile[], options: CheckOptions): CheckResult {
  const analysis = analyzeFiles(inputs, {
    ...(options.kubernetesVersion ? { kubernetesVersion: options.kubernetesVersion } : {}),
    ...(options.flannelVersion ? { flannelVersion: options.flannelVersion } : {}),
  });
  const { rules, cli } = cliLanguage(options.lang);
  const described = analysis.diagnostics.map((d) => describeDiagnostic(d, rules));
  // Capacity needs kubeadm's podSubnet and the controller-manager masks.
  const capacity = analysis.scopes.includes('kubeadm') ? planNodeCapacity(analysis.plan) : [];
  const exitCode = hasErrors(analysis.diagnostics) ? 1 : 0;
  if (options.format === 'json') {
    const json = {
      kubernetesVersion: analysis.kubernetesVersion.value,
      flannelVersion: analysis.flannelVersion.value,
      // Where each version came from: flag, file, comment (written by generate), api-version (assumed) or default.
      versions: { kubernetes: analysis.kubernetesVersion, flannel: analysis.flannelVersion },
      files: analysis.files,
      capacity: capacity.map((c) => ({
        family: c.family,
        podCidr: c.podCidr,
        nodeMask: c.nodeMask,
        nodeBlocks: String(c.nodeBlocks),
        usableBlocks: String(c.usableBlocks),
        plannedNodes: analysis.plan.nodes.length,
      })),
      diagnostics: described.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        component: d.component,
        phase: d.phase,
        message: d.message,
        file: d.location?.file ?? null,
        path: d.location?.path ?? d.fields[0] ?? null,
        line: d.location?.line ?? null,
        explanation: d.explanation,
        fix: d.fix,
        // One-click fixes the engine has checked: applied to the plan, each removes this diagnostic and adds none.
        fixes: d.fixes.map((f, i) => ({ label: d.fixLabels[i], set: f.set })),
        // How many more of this rule in this file were left out after this one (at most 20 of a rule per file).
        more: d.more ?? 0,
      })),
    };
    return { output: `${JSON.stringify(json, null, 2)}\n`, exitCode };
  }
  const out: string[] = [versionLine(analysis, cli)];
  const unknown = analysis.files.filter((f) => f.kind !== 'unknown').map((f) => `${f.path} (${f.kind})`);
  if (unknown.length) out.push(cli.files(unknown));
  if (capacity.length) out.push(capacityLine(capacity, analysis.plan.nodes.length, cli));
  if (!analysis.scopes.includes('flannel')) out.push(cli.noFlannel);
  out.push('');
  for (const d of analysis.diagnostics.map((d) => describeDiagnostic(forText(d), rules))) {
    out.push(`${where(d)}: ${cli.severity[d.severity]} [${d.rule}] ${d.message}`);
    out.push(wrap(d.explanation, '    '));
    if (d.fix) out.push(wrap(`${cli.fix}: ${d.fix}`, '    '));
    out.push(`    ${cli.seeRule(rulePagePath(d.rule, options.lang))}`);
    if (d.more) out.push(`    ${cli.moreLikeThis(d.more, d.location?.file ?? 'plan')}`);
    out.push('');
  }
  // The counts include the diagnostics left out of the list.
  const count = (severity: string): number => described.reduce((n, d) => (d.severity === severity ? n + 1 + (d.more ?? 0) : n), 0);
  const errors = count('error');
  const warnings = count('warning');
  const notes = count('info');
  out.push(errors + warnings === 0 ? cli.clean(inputs.length, notes) : cli.summary(errors, warnings, notes, inputs.length));
  return { output: `${out.join('\n')}\n`, exitCode };
}
