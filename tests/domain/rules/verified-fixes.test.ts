// One-click fixes are checked by the engine before they are offered (issue 17): applied to the plan, a fix removes
// its diagnostic and adds no error and no warning the plan did not have. The conditions are written out here again,
// apart from src/domain/rules/fix-check.ts, so that this test judges the engine rather than repeating it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDiagnostic } from '../../../src/content/describe';
import { ENGLISH } from '../../../src/content/en';
import { ZH_RULES } from '../../../src/content/zh';
import type { Plan } from '../../../src/domain/plan';
import { runRules } from '../../../src/domain/rules/engine';
import { MAX_CHECKS, applyFix } from '../../../src/domain/rules/fix-check';
import type { Diagnostic, PlanFix } from '../../../src/domain/rules/types';
import { anyPlan, validPlan } from '../render/arbitrary';
import { plan } from '../../helpers';

const key = (d: Diagnostic) => `${d.rule} ${d.fields.join(',')}`;
const count = (list: Diagnostic[], k: string, severity?: string) => list.filter((d) => key(d) === k && (!severity || d.severity === severity)).length;

/** Why the fix does not hold, in words, or null. */
function broken(p: Plan, d: Diagnostic, fix: PlanFix): string | null {
  const before = runRules(p);
  const after = runRules(applyFix(p, fix));
  if (count(after, key(d)) >= count(before, key(d))) return `${fix.label} leaves ${key(d)}`;
  for (const e of after) {
    if (e.severity === 'info' || key(e) === key(d)) continue;
    if (count(after, key(e), e.severity) > count(before, key(e), e.severity)) return `${fix.label} adds ${e.severity} ${key(e)}`;
  }
  return null;
}

// Plans with the problems people make: a Service range equal to or inside the pod range, masks out of range, pod
// prefixes too long or short, values pasted with spaces, full-width characters or both families, and old versions.
const troubled: fc.Arbitrary<Plan> = fc
  .record({
    base: validPlan,
    family: fc.constantFrom<'ipv4' | 'ipv6'>('ipv4', 'ipv6'),
    trouble: fc.constantFrom('service-is-pod', 'service-in-pod', 'mask', 'pod-prefix', 'space', 'full-width', 'both-families', 'node-space', 'few-blocks', 'old-flannel', 'none'),
    mask: fc.integer({ min: 0, max: 140 }),
    prefix: fc.integer({ min: 4, max: 126 }),
    nodes: fc.integer({ min: 1, max: 40 }),
  })
  .map(({ base, family, trouble, mask, prefix, nodes }) => {
    const p = structuredClone(base);
    const fam = p.stack === 'dual' ? family : p.stack;
    const pod = p.podCidr[fam];
    const [address] = pod.split('/');
    switch (trouble) {
      case 'service-is-pod':
        p.serviceCidr[fam] = pod;
        break;
      case 'service-in-pod':
        p.serviceCidr[fam] = fam === 'ipv4' ? `${address!.split('.').slice(0, 2).join('.')}.1.0/24` : `${address!.replace(/::$/, '')}:1::/112`;
        break;
      case 'mask':
        p.nodeMask[fam] = String(mask);
        break;
      case 'pod-prefix':
        p.podCidr[fam] = `${address}/${fam === 'ipv4' ? Math.min(prefix, 32) : prefix}`;
        break;
      case 'space':
        p.serviceCidr[fam] = ` ${p.serviceCidr[fam]} `;
        break;
      case 'full-width':
        p.podCidr[fam] = pod.replace(/[0-9/.,:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        break;
      case 'both-families':
        if (p.stack === 'dual') {
          p.podCidr = { ipv4: `${p.podCidr.ipv4},${p.podCidr.ipv6}`, ipv6: '' };
        }
        break;
      case 'node-space':
        p.nodes[0]![fam] = `${p.nodes[0]![fam]} `;
        break;
      case 'few-blocks':
        p.podCidr[fam] = `${address}/${fam === 'ipv4' ? 24 : 64}`;
        p.nodes = Array.from({ length: nodes }, (_, i) => ({ name: `n-${i}`, role: i ? 'worker' : 'control-plane', ipv4: p.stack === 'ipv6' ? '' : `192.168.${i}.10`, ipv6: p.stack === 'ipv4' ? '' : `fd02::${i + 1}` }));
        break;
      case 'old-flannel':
        p.flannelVersion = '0.19.2';
        if (p.stack === 'dual') p.primaryFamily = 'ipv6';
        break;
    }
    return p;
  });

describe('every fix offered holds', () => {
  it('over at least 500 plans with the usual problems, and 500 plans of anything', () => {
    const labels = new Set<string>();
    let checked = 0;
    let plans = 0;
    const property = (p: Plan) => {
      plans += 1;
      for (const d of runRules(p)) {
        for (const fix of d.fixes) {
          checked += 1;
          labels.add(fix.label);
          const why = broken(p, d, fix);
          if (why) throw new Error(`${why}\nplan: ${JSON.stringify(p)}`);
        }
      }
    };
    fc.assert(fc.property(troubled, property), { numRuns: 600 });
    fc.assert(fc.property(anyPlan, property), { numRuns: 500 });
    // The plans reach the fixes this is about; a generator that stopped producing them would make the test empty.
    // Relative to the plans run, and every label only at full length: `npm run mutation` caps each property at 20
    // cases (mutation/fast-check.mjs).
    expect(checked).toBeGreaterThan(plans / 4);
    if (plans >= 1100) for (const label of ['set-service-cidr', 'set-node-mask', 'set-pod-cidr', 'use-value', 'split-families', 'set-flannel-version', 'put-ipv4-first']) expect(labels).toContain(label);
  });
});

describe('the issue\'s cases', () => {
  const fixesOf = (p: Plan, rule: string) => runRules(p).filter((d) => d.rule === rule).map((d) => d.fixes.map((f) => [f.label, f.set]));
  const problemCount = (p: Plan) => runRules(p).filter((d) => d.severity !== 'info').length;

  it('a Service CIDR equal to the pod CIDR: the overlap is fixed, once, and the problem count drops to none', () => {
    const p = plan({ serviceCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:96::/112' } });
    const capacity = runRules(p).find((d) => d.rule === 'controller-manager-node-capacity')!;
    expect(capacity.fixes).toEqual([{ label: 'set-service-cidr', params: { cidr: '10.245.0.0/16' }, set: [{ field: 'serviceCidr.ipv4', value: '10.245.0.0/16' }] }]);
    expect(fixesOf(p, 'cluster-pod-service-overlap')).toEqual([[['set-service-cidr', [{ field: 'serviceCidr.ipv4', value: '10.245.0.0/16' }]]]]);
    expect(problemCount(p)).toBe(2);
    expect(problemCount(applyFix(p, capacity.fixes[0]!))).toBe(0);
    expect(describeDiagnostic(capacity, ENGLISH).fixLabels).toEqual(['Use Service CIDR 10.245.0.0/16']);
    expect(describeDiagnostic(capacity, ZH_RULES).fixLabels).toEqual(['把 Service CIDR 改为 10.245.0.0/16']);
  });

  it('node mask 33 and 130: the default masks, never /32 or /72', () => {
    expect(fixesOf(plan({ nodeMask: { ipv4: '33', ipv6: '64' } }), 'kubeadm-node-mask-difference')).toEqual([[['set-node-mask', [{ field: 'nodeMask.ipv4', value: '24' }]]]]);
    expect(fixesOf(plan({ nodeMask: { ipv4: '24', ipv6: '130' } }), 'kubeadm-node-mask-difference')).toEqual([[['set-node-mask', [{ field: 'nodeMask.ipv6', value: '64' }]]]]);
  });

  it('an IPv6 pod range of /33 with /64 blocks: a /48 pod range, not /49 node blocks', () => {
    expect(fixesOf(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00::/33' } }), 'kubeadm-node-mask-difference')).toEqual([[['set-pod-cidr', [{ field: 'podCidr.ipv6', value: 'fd00::/48' }]]]]);
  });

  it('a candidate that would add an error gives way to the next: a Service range holding the nodes is skipped', () => {
    const p = plan({
      stack: 'ipv4',
      podCidr: { ipv4: '192.168.0.0/23', ipv6: '' },
      serviceCidr: { ipv4: '192.168.0.0/23', ipv6: '' },
      nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.2.10', ipv6: '' }],
    });
    const unchecked = runRules(p, { verifyFixes: false }).find((d) => d.rule === 'cluster-pod-service-overlap')!;
    expect(unchecked.fixes[0]!.set).toEqual([{ field: 'serviceCidr.ipv4', value: '192.168.2.0/23' }]);
    expect(broken(p, unchecked, unchecked.fixes[0]!)).toBe('set-service-cidr adds error cluster-node-ip-in-cluster-range nodes.0.ipv4');
    // The block before 192.168.0.0 would leave 192.168.0.0/16; the one after next holds.
    expect(fixesOf(p, 'cluster-pod-service-overlap')).toEqual([[['set-service-cidr', [{ field: 'serviceCidr.ipv4', value: '192.168.4.0/23' }]]]]);
  });

  it('a candidate that would add a warning is not offered: a lone /24 block for a /24 mask', () => {
    const p = plan({ stack: 'ipv4', podCidr: { ipv4: '192.168.0.0/24', ipv6: '' }, serviceCidr: { ipv4: '192.168.0.0/24', ipv6: '' } });
    // Moving the Service range out leaves one block, so the next node to join would get none.
    expect(fixesOf(p, 'cluster-pod-service-overlap')).toEqual([[]]);
  });

  it('spaces, full-width characters and a pasted pair of families get fixes made of the user\'s own value', () => {
    expect(fixesOf(plan({ serviceCidr: { ipv4: ' 10.96.0.0/16 ', ipv6: 'fd00:10:96::/112' } }), 'kubeadm-subnet-syntax')).toEqual([[['use-value', [{ field: 'serviceCidr.ipv4', value: '10.96.0.0/16' }]]]]);
    expect(fixesOf(plan({ podCidr: { ipv4: '１０.２４４.０.０／１６', ipv6: 'fd00:10:244::/56' } }), 'kubeadm-subnet-syntax')).toEqual([[['use-value', [{ field: 'podCidr.ipv4', value: '10.244.0.0/16' }]]]]);
    // A comma from a Chinese input method, and the ideographic full stop.
    expect(fixesOf(plan({ podCidr: { ipv4: '10。244。0。0/16', ipv6: 'fd00:10:244::/56' } }), 'kubeadm-subnet-syntax')).toEqual([[['use-value', [{ field: 'podCidr.ipv4', value: '10.244.0.0/16' }]]]]);
    expect(fixesOf(plan({ podCidr: { ipv4: '10.244.0.0/16,2001:db8:42:0::/56', ipv6: '' } }), 'cluster-field-family')).toEqual([
      [['split-families', [{ field: 'podCidr.ipv4', value: '10.244.0.0/16' }, { field: 'podCidr.ipv6', value: '2001:db8:42:0::/56' }]]],
    ]);
    expect(fixesOf(plan({ podCidr: { ipv4: '10.244.0.0/16，fd00:42::/56', ipv6: '' } }), 'kubeadm-subnet-syntax')).toEqual([
      [['split-families', [{ field: 'podCidr.ipv4', value: '10.244.0.0/16' }, { field: 'podCidr.ipv6', value: 'fd00:42::/56' }]]],
    ]);
  });
});

describe('the cost of checking', () => {
  it('is bounded: of many broken fields, the first ones get their checked fixes and the rest none', () => {
    const p = plan();
    p.nodes = Array.from({ length: 200 }, (_, i) => ({ name: `n-${i}`, role: i ? 'worker' : 'control-plane', ipv4: `192.168.${i >> 8}.${i & 255},`, ipv6: `fd00::${i + 1}` }));
    const withFixes = runRules(p).filter((d) => d.rule === 'kubelet-node-ip-unparsable' && d.fixes.length > 0);
    expect(withFixes.length).toBe(MAX_CHECKS);
    expect(withFixes[0]!.fields).toEqual(['nodes.0.ipv4']);
  });
});
