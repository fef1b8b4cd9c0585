// `dualstack-wizard check`: compiler-style text or one JSON object.
import { type DescribedDiagnostic, describeDiagnostic } from '../content/describe';
import { ENGLISH } from '../content/en';
import { type FilesAnalysis, type InputFile, analyzeFiles } from '../domain/parse/files';
import { hasErrors } from '../domain/rules/engine';
import { type FamilyNodeCapacity, planNodeCapacity } from '../domain/rules/kube-controller-manager';

export interface CheckOptions {
  kubernetesVersion?: string;
  flannelVersion?: string;
  format: 'text' | 'json';
}

export interface CheckResult {
  output: string;
  exitCode: 0 | 1;
}

const WIDTH = 100;

function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

function where(d: DescribedDiagnostic): string {
  const loc = d.location;
  if (!loc) return 'plan';
  return loc.line ? `${loc.file}:${loc.line}` : loc.file;
}

const LABEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function versionLine(analysis: FilesAnalysis): string {
  const describe = (name: string, prefix: string, choice: FilesAnalysis['kubernetesVersion'], flag: string): string => {
    const value = `${name} ${prefix}${choice.value}`;
    if (choice.source === 'flag') return `${value} (from ${flag})`;
    if (choice.source === 'file') return `${value} (from ${choice.file})`;
    if (choice.source === 'comment') return `${value} (recorded by dualstack-wizard in ${choice.file})`;
    if (choice.source === 'api-version') return `${value} (assumed: the newest release that accepts ${choice.apiVersion} of ${choice.file}; pass ${flag} to choose)`;
    return `${value} (newest known; none found in the files, pass ${flag} to choose)`;
  };
  return `Checking for ${describe('Kubernetes', '', analysis.kubernetesVersion, '--kubernetes-version')} and ${describe('Flannel', 'v', analysis.flannelVersion, '--flannel-version')}.`;
}

function capacityLine(capacity: FamilyNodeCapacity[], planned: number): string {
  const families = capacity.map((c) => {
    const lost = c.nodeBlocks - c.usableBlocks;
    return `${c.family === 'ipv4' ? 'IPv4' : 'IPv6'} ${c.podCidr} in /${c.nodeMask} blocks: ${c.usableBlocks} node${c.usableBlocks === 1n ? '' : 's'}${lost > 0n ? ` (${lost} block${lost === 1n ? '' : 's'} taken by the Service CIDR)` : ''}`;
  });
  return `Node capacity: ${families.join('; ')}. The files name ${plural(planned, 'node')}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function runCheck(inputs: InputFile[], options: CheckOptions): CheckResult {
  const analysis = analyzeFiles(inputs, {
    ...(options.kubernetesVersion ? { kubernetesVersion: options.kubernetesVersion } : {}),
    ...(options.flannelVersion ? { flannelVersion: options.flannelVersion } : {}),
  });
  const described = analysis.diagnostics.map((d) => describeDiagnostic(d, ENGLISH));
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
      })),
    };
    return { output: `${JSON.stringify(json, null, 2)}\n`, exitCode };
  }
  const out: string[] = [versionLine(analysis)];
  const unknown = analysis.files.filter((f) => f.kind !== 'unknown').map((f) => `${f.path} (${f.kind})`);
  if (unknown.length) out.push(`Files: ${unknown.join(', ')}.`);
  if (capacity.length) out.push(capacityLine(capacity, analysis.plan.nodes.length));
  if (!analysis.scopes.includes('flannel')) out.push('No Flannel configuration given: Flannel rules were skipped (pass kube-flannel.yml, net-conf.json or --flannel-version).');
  out.push('');
  for (const d of described) {
    out.push(`${where(d)}: ${LABEL[d.severity]} [${d.rule}] ${d.message}`);
    out.push(wrap(d.explanation, '    '));
    if (d.fix) out.push(wrap(`Fix: ${d.fix}`, '    '));
    out.push('');
  }
  const errors = described.filter((d) => d.severity === 'error').length;
  const warnings = described.filter((d) => d.severity === 'warning').length;
  const notes = described.filter((d) => d.severity === 'info').length;
  const problems = errors + warnings;
  out.push(
    problems === 0
      ? `No problems found in ${plural(inputs.length, 'file')}${notes ? ` (${plural(notes, 'note')})` : ''}.`
      : `${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})${notes ? ` and ${plural(notes, 'note')}` : ''} in ${plural(inputs.length, 'file')}.`,
  );
  return { output: `${out.join('\n')}\n`, exitCode };
}
