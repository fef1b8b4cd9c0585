// Both sides of every version bound in the rules, driven by the rules' own `versions` metadata: a rule must be
// considered at its bounds and skipped just outside them. Each versioned rule needs a triggering plan below; a
// rule with versions and no entry fails the first test, so a new boundary cannot go untested.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import { RULES } from '../../../src/domain/rules/catalogue';
import { FLANNEL_TAGS, type Semver, compareSemver, formatSemver, parseFlannelVersion } from '../../../src/domain/versions';
import { type PlanPatch, plan, ruleIds } from '../../helpers';

const ipv6Nodes = [{ name: 'cp-1', role: 'control-plane' as const, ipv4: '', ipv6: 'fd00:192:168:10::11' }];

/** A plan (versions aside) on which the rule fires whenever its versions let it run. */
const TRIGGERS: Record<string, PlanPatch> = {
  'flannel-ipv6-first-podsubnet': { primaryFamily: 'ipv6' },
  'flannel-ipv6-only-unsupported': { stack: 'ipv6', primaryFamily: 'ipv6', nodes: ipv6Nodes },
  'flannel-ipv6-only-enable-ipv4': { stack: 'ipv6', primaryFamily: 'ipv6', nodes: ipv6Nodes, flannel: { enableIPv4: true, network: '10.244.0.0/16' } },
  'flannel-subnet-options-ignored': { flannel: { subnetLen: 24 } },
  'flannel-subnet-options-invalid': { flannel: { subnetLen: 31 } },
  'flannel-nftables-unsupported': { flannel: { enableNFTables: true } },
  'flannel-mtu-unsupported': { flannel: { backend: { type: 'vxlan', mtu: 1400 } } },
  'flannel-mtu-range': { flannel: { backend: { type: 'vxlan', mtu: 1300 } } },
  'flannel-iface-address-dual-stack': { flannel: { iface: '192.168.10.11' } },
  'flannel-br-netfilter': {},
  'kubelet-node-ip-cloud-dual-stack': { overrides: { cloudProvider: 'external' } },
  'kubeadm-preflight-ipv4-forward': { stack: 'ipv6', primaryFamily: 'ipv6', nodes: ipv6Nodes },
};

const versioned = RULES.filter((rule) => rule.versions?.flannel || rule.versions?.kubernetes);

const semver = (text: string): Semver => parseFlannelVersion(text)!;
const tags = FLANNEL_TAGS.map(semver).sort(compareSemver);
// The highest patch parseFlannelVersion reads: x.y.999 is the last version before x.(y+1).0.
const MAX_PATCH = 999;

/** The nearest versions on either side of a Flannel bound, and the nearest offered tags there. */
function flannelBefore(bound: string): string[] {
  const v = semver(bound);
  const nearest = v.patch > 0 ? { ...v, patch: v.patch - 1 } : { ...v, minor: v.minor - 1, patch: MAX_PATCH };
  const tag = [...tags].reverse().find((t) => compareSemver(t, v) < 0);
  return [...new Set([formatSemver(nearest), ...(tag ? [formatSemver(tag)] : [])])];
}
function flannelAfter(bound: string): string[] {
  const v = semver(bound);
  const nearest = v.patch < MAX_PATCH ? { ...v, patch: v.patch + 1 } : { ...v, minor: v.minor + 1, patch: 0 };
  const nextMinor = { ...v, minor: v.minor + 1, patch: 0 };
  const tag = tags.find((t) => compareSemver(t, v) > 0);
  return [...new Set([formatSemver(nearest), formatSemver(nextMinor), ...(tag ? [formatSemver(tag)] : [])])];
}
function flannelInside(range: { from?: string; to?: string }, bound: string, side: 'from' | 'to'): string[] {
  const v = semver(bound);
  const within = (t: Semver) => (!range.from || compareSemver(t, semver(range.from)) >= 0) && (!range.to || compareSemver(t, semver(range.to)) <= 0);
  const tag = side === 'from' ? tags.find((t) => compareSemver(t, v) >= 0 && within(t)) : [...tags].reverse().find((t) => compareSemver(t, v) <= 0 && within(t));
  return [...new Set([bound, ...(tag ? [formatSemver(tag)] : [])])];
}
const minorOf = (text: string) => Number(/^1\.(\d+)$/.exec(text)![1]);

interface Case {
  rule: string;
  version: string;
  inside: boolean;
  plan: Plan;
}

function cases(): Case[] {
  return versioned.flatMap((rule) => {
    const trigger = TRIGGERS[rule.id];
    if (!trigger) return [];
    const out: Case[] = [];
    const flannel = rule.versions?.flannel;
    if (flannel) {
      const at = (version: string, inside: boolean) => out.push({ rule: rule.id, version: `flannel ${version}`, inside, plan: plan({ ...trigger, flannelVersion: version }) });
      if (flannel.from) {
        for (const v of flannelInside(flannel, flannel.from, 'from')) at(v, true);
        for (const v of flannelBefore(flannel.from)) at(v, false);
      }
      if (flannel.to) {
        for (const v of flannelInside(flannel, flannel.to, 'to')) at(v, true);
        for (const v of flannelAfter(flannel.to)) at(v, false);
      }
    }
    const kubernetes = rule.versions?.kubernetes;
    if (kubernetes) {
      const at = (minor: number, inside: boolean) => out.push({ rule: rule.id, version: `kubernetes 1.${minor}`, inside, plan: plan({ ...trigger, kubernetesVersion: `1.${minor}` }) });
      if (kubernetes.from) {
        at(minorOf(kubernetes.from), true);
        at(minorOf(kubernetes.from) - 1, false);
      }
      if (kubernetes.to) {
        at(minorOf(kubernetes.to), true);
        at(minorOf(kubernetes.to) + 1, false);
      }
    }
    return out;
  });
}

describe('version boundaries of the rules', () => {
  it('every rule with versions has a triggering plan here, and every plan here belongs to such a rule', () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual(versioned.map((r) => r.id).sort());
  });

  it('the bounds are tested on both sides', () => {
    const all = cases();
    for (const rule of versioned) {
      expect(all.some((c) => c.rule === rule.id && c.inside), rule.id).toBe(true);
      expect(all.some((c) => c.rule === rule.id && !c.inside), rule.id).toBe(true);
    }
  });

  it.each(cases().map((c) => [c.rule, c.version, c.inside ? 'fires' : 'stays silent', c] as const))('%s at %s %s', (rule, _version, _outcome, c) => {
    expect(ruleIds(c.plan).includes(rule)).toBe(c.inside);
  });
});

describe('the boundary versions themselves', () => {
  it('are the nearest versions across each bound, plus the nearest offered tags', () => {
    expect(flannelBefore('0.17.0')).toEqual(['0.16.999', '0.16.3']);
    expect(flannelBefore('0.20.1')).toEqual(['0.20.0']);
    expect(flannelAfter('0.20.1')).toEqual(['0.20.2', '0.21.0']);
    expect(flannelAfter('0.19.99')).toEqual(['0.19.100', '0.20.0']);
    expect(flannelInside({ from: '0.15.0', to: '0.20.1' }, '0.20.1', 'to')).toEqual(['0.20.1']);
    expect(flannelInside({ to: '0.24.99' }, '0.24.99', 'to')).toEqual(['0.24.99', '0.24.4']);
  });
});
