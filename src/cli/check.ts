// `dualstack-wizard check`: compiler-style text or one JSON object.
import { type CliWords, cliEn } from '../content/cli.en';
import { cliZh } from '../content/cli.zh';
import { type DescribedDiagnostic, type RuleCatalogue, describeDiagnostic } from '../content/describe';
import { ENGLISH } from '../content/en';
import { ZH_RULES } from '../content/zh';
import { type FilesAnalysis, type InputFile, analyzeResolvedFiles } from '../domain/parse/files';
import { type FamilyNodeCapacity, planNodeCapacity } from '../domain/resolve';
import { hasErrors } from '../domain/rules/engine';
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
// columns each. Text without them wraps at spaces only, as before. Read character by character: a regex split it into
// a piece per CJK character, a second per piece, and took a second for 1 MB of them.
const WIDE: Array<[number, number]> = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6],
];
const isWide = (code: number): boolean => {
  if (code < 0x1100) return false;
  for (const [from, to] of WIDE) if (code >= from && code <= to) return true;
  return false;
};
/** JavaScript's \s: WhiteSpace and LineTerminator of ECMA-262. */
export const isSpace = (code: number): boolean =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

export function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  // The line being filled: text[start, end) while its pieces are joined in the text as on the line (one space, or
  // none between wide characters), so it is one slice; otherwise `built`.
  let start = -1;
  let end = 0;
  let built: string | null = null;
  let width = 0;
  let space = false;
  /** Appends text[from, to) with the separator pending (a space when `space`). */
  const append = (from: number, to: number, w: number): void => {
    const exact = space ? from - end === 1 && text.charCodeAt(end) === 32 : from === end;
    if (built === null && !exact) built = text.slice(start, end);
    if (built !== null) built += space ? ` ${text.slice(from, to)}` : text.slice(from, to);
    end = to;
    width += (space ? 1 : 0) + w;
    space = false;
  };
  const startLine = (from: number, to: number, w: number): void => {
    if (start >= 0) lines.push(indent + (built ?? text.slice(start, end)));
    start = from;
    end = to;
    built = null;
    width = w;
    space = false;
  };
  const add = (from: number, to: number, w: number): void => {
    if (start < 0 || indent.length + width + (space ? 1 : 0) + w > WIDTH) startLine(from, to, w);
    else append(from, to, w);
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let next = i + 1;
    if (isSpace(code)) {
      while (next < text.length && isSpace(text.charCodeAt(next))) next += 1;
      space = start >= 0;
    } else if (isWide(code)) {
      // A run of wide characters, each a piece of 2 columns: as many as fit go onto the line at once. (U+3000, the
      // ideographic space, is wide but a space first.)
      while (next < text.length && isWide(text.charCodeAt(next)) && !isSpace(text.charCodeAt(next))) next += 1;
      add(i, i + 1, 2);
      for (let k = i + 1; k < next; ) {
        const fit = Math.min(Math.floor((WIDTH - indent.length - width) / 2), next - k);
        if (fit <= 0) {
          startLine(k, k + 1, 2);
          k += 1;
        } else {
          append(k, k + fit, 2 * fit);
          k += fit;
        }
      }
    } else {
      // A run of characters that are neither wide nor space (UTF-16 units, as they print).
      while (next < text.length && !isSpace(text.charCodeAt(next)) && !isWide(text.charCodeAt(next))) next += 1;
      add(i, next, next - i);
    }
    i = next;
  }
  if (start >= 0) lines.push(indent + (built ?? text.slice(start, end)));
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
  const { analysis, resolved } = analyzeResolvedFiles(inputs, {
    ...(options.kubernetesVersion ? { kubernetesVersion: options.kubernetesVersion } : {}),
    ...(options.flannelVersion ? { flannelVersion: options.flannelVersion } : {}),
  });
  const { rules, cli } = cliLanguage(options.lang);
  const described = analysis.diagnostics.map((d) => describeDiagnostic(d, rules));
  // Capacity needs kubeadm's podSubnet and the controller-manager masks; the plan the rules read, resolved once.
  const capacity = analysis.scopes.includes('kubeadm') ? planNodeCapacity(resolved) : [];
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
  const unknown = analysis.files.filter((f) => f.kind !== 'unknown').map((f) => `${f.path} (${f.kinds.join(' + ')})`);
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
