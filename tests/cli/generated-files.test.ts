// `check` understands every file `generate` writes: each file alone, and all of them in any order, give no error
// for a plan without errors, across stacks, Kubernetes minors, Flannel versions and backends.
import { describe, expect, it } from 'vitest';
import { type FilesAnalysis, type InputFile, analyzeFiles } from '../../src/domain/parse/files';
import type { Plan } from '../../src/domain/plan';
import { renderAll } from '../../src/domain/render/files';
import { hasErrors, runRules } from '../../src/domain/rules/engine';
import { FLANNEL_TAGS, KUBERNETES_MINORS, compareSemver, parseFlannelVersion } from '../../src/domain/versions';
import { plan as makePlan } from '../helpers';

const STACKS = [
  { name: 'ipv4', stack: 'ipv4', primaryFamily: 'ipv4' },
  { name: 'ipv6', stack: 'ipv6', primaryFamily: 'ipv6' },
  { name: 'dual IPv4-first', stack: 'dual', primaryFamily: 'ipv4' },
  { name: 'dual IPv6-first', stack: 'dual', primaryFamily: 'ipv6' },
] as const;
const FLANNELS = ['0.15.0', '0.17.0', '0.20.1', '0.20.2', '0.25.0', '0.28.9'];
// A few more tags rotate through the minors.
const ROTATION = [...FLANNELS, ...FLANNEL_TAGS.filter((tag, i) => i % 5 === 2 && !FLANNELS.includes(tag))];
const BACKENDS = [
  { type: 'vxlan' },
  { type: 'host-gw' },
  { type: 'wireguard', mode: 'separate', persistentKeepaliveInterval: 25 },
  { type: 'vxlan', vni: 4096, port: 4789, macPrefix: '0E-2A' },
];

function buildPlan(stackIndex: number, minor: number, flannel: string, backendIndex: number): Plan {
  const { stack, primaryFamily } = STACKS[stackIndex]!;
  const v4 = stack !== 'ipv6';
  const v6 = stack !== 'ipv4';
  const node = (name: string, role: 'control-plane' | 'worker', n: number) => ({ name, role, ipv4: v4 ? `192.168.10.${n}` : '', ipv6: v6 ? `fd00:192:168:10::${n}` : '' });
  const p = makePlan({
    stack,
    primaryFamily,
    kubernetesVersion: `1.${minor}`,
    flannelVersion: flannel,
    flannel: { backend: { ...BACKENDS[backendIndex]! }, enableNFTables: false, iface: '' },
    nodes: [node('cp-1', 'control-plane', 11), node('worker-1', 'worker', 21), ...(minor % 2 ? [node('cp-2', 'control-plane', 12)] : [])],
  });
  // Flannel before v0.20.2 needs IPv4 first in podSubnet (the wizard's own fix for that rule).
  if (stack === 'dual' && primaryFamily === 'ipv6' && compareSemver(parseFlannelVersion(flannel)!, parseFlannelVersion('0.20.2')!) < 0) p.overrides.podSubnetOrder = ['ipv4', 'ipv6'];
  return p;
}

// Every minor with every stack; Flannel versions and backends rotate through them, and the newest minor gets the
// whole cross of stacks, Flannel versions and backends.
const PLANS: Array<[string, Plan]> = [];
KUBERNETES_MINORS.forEach((minor, m) =>
  STACKS.forEach((_, s) => {
    const flannel = ROTATION[(m * STACKS.length + s) % ROTATION.length]!;
    PLANS.push([`1.${minor} ${STACKS[s]!.name} v${flannel} #${(m + s) % BACKENDS.length}`, buildPlan(s, minor, flannel, (m + s) % BACKENDS.length)]);
  }),
);
const NEWEST = KUBERNETES_MINORS[KUBERNETES_MINORS.length - 1]!;
STACKS.forEach((_, s) => FLANNELS.forEach((flannel) => BACKENDS.forEach((_, b) => PLANS.push([`1.${NEWEST} ${STACKS[s]!.name} v${flannel} #${b}`, buildPlan(s, NEWEST, flannel, b)]))));
const CLEAN = PLANS.filter(([, p]) => !hasErrors(runRules(p)));

const errors = (analysis: FilesAnalysis) => analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.location?.file ?? ''}: ${d.rule} ${JSON.stringify(d.params)}`);
const summary = (analysis: FilesAnalysis) => JSON.stringify([analysis.plan, analysis.scopes, analysis.diagnostics, analysis.kubernetesVersion, analysis.flannelVersion]);
const inputs = (p: Plan): InputFile[] => renderAll(p).filter((f) => f.name !== 'NEXT-STEPS.md').map((f) => ({ path: f.name, text: f.content }));

describe('check on the files generate writes', () => {
  it('covers every stack, minor, chosen Flannel version and backend with plans that have no error', () => {
    const covered = (pick: (p: Plan) => string) => new Set(CLEAN.map(([, p]) => pick(p)));
    expect(covered((p) => `${p.stack}/${p.primaryFamily}`).size).toBe(4);
    expect(covered((p) => p.kubernetesVersion).size).toBe(KUBERNETES_MINORS.length);
    expect([...covered((p) => p.flannelVersion)].sort()).toEqual([...ROTATION].sort());
    expect(covered((p) => JSON.stringify(p.flannel.backend)).size).toBe(BACKENDS.length);
  });

  it.each(CLEAN)('%s: each file alone gives no error and reads back the versions it was written for', (_name, p) => {
    for (const file of inputs(p)) {
      const alone = analyzeFiles([file]);
      expect(errors(alone), file.path).toEqual([]);
      if (file.path.endsWith('.yaml')) {
        expect(alone.kubernetesVersion.value, file.path).toBe(p.kubernetesVersion);
        expect(alone.flannelVersion.value, file.path).toBe(p.flannelVersion);
      }
    }
  });

  it.each(CLEAN)('%s: all files together give no error, in any order', (_name, p) => {
    const files = inputs(p);
    const forward = analyzeFiles(files);
    expect(errors(forward)).toEqual([]);
    // Every backend here fits the Helm chart's values, so all the Flannel files say the same.
    expect(forward.diagnostics.filter((d) => d.rule === 'flannel-net-conf-differs')).toEqual([]);
    expect(forward.kubernetesVersion).toMatchObject({ value: p.kubernetesVersion, source: 'file' });
    expect(forward.flannelVersion).toMatchObject({ value: p.flannelVersion, source: 'file' });
    const joinsFirst = [...files.filter((f) => f.path.startsWith('join-')), ...files.filter((f) => !f.path.startsWith('join-'))];
    const rotated = [...files.slice(3), ...files.slice(0, 3)];
    for (const order of [[...files].reverse(), joinsFirst, rotated]) expect(summary(analyzeFiles(order))).toBe(summary(forward));
  });
});
