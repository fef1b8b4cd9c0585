// One-click fixes name Plan fields by typed paths (PlanPath in src/domain/rules/types.ts): a typo does not compile,
// and every path a fix sets names a field the plan has.
import { describe, expect, it } from 'vitest';
import type { PlanFix, PlanPath, Rule } from '../../../src/domain/rules/types';
import { diagnostics, plan } from '../../helpers';

describe('PlanPath', () => {
  it('accepts the Plan paths a fix may set, and refuses typos (checked by npm run typecheck)', () => {
    const paths: PlanPath[] = [
      'flannelVersion',
      'podCidr.ipv6',
      'serviceCidr.ipv4',
      'nodeMask.ipv4',
      'advertiseAddress',
      'nodes.0.ipv4',
      'nodes.12.nodeIp',
      'flannel.backend',
      'flannel.backend.mode',
      'flannel.ipv6Network',
      'overrides.podSubnetOrder',
      'overrides.controllerManagerArgs.allocate-node-cidrs',
    ];
    // @ts-expect-error a misspelt field
    const typo: PlanPath = 'podCidrs.ipv6';
    // @ts-expect-error a family that does not exist
    const family: PlanPath = 'podCidr.ipv5';
    // @ts-expect-error node fields need an index
    const node: PlanPath = 'nodes.ipv4';
    // @ts-expect-error a list of plain values is set whole
    const item: PlanPath = 'overrides.podSubnetOrder.0';
    // @ts-expect-error a field of a leaf
    const leaf: PlanPath = 'flannelVersion.major';
    const fix: PlanFix = { label: 'x', set: [{ field: 'flannel.enableIPv6', value: true }] };
    expect([...paths, typo, family, node, item, leaf, fix.set[0]!.field]).toHaveLength(18);
  });

  it('a wrong path in one rule of a Rule[] literal is reported even beside a rule with fewer fields (checked by npm run typecheck)', () => {
    // Without distinct id types TypeScript reduces the first literal away (it is a subtype of the second) and the
    // typo below would compile.
    const rules: Rule[] = [
      // @ts-expect-error a misspelt field inside a rule's fix
      { id: 'a-rule', severity: 'error', component: 'flannel', phase: 'runtime', fields: [], needs: [], check: () => [{ params: {}, fixes: [{ label: 'x', set: [{ field: 'flannel.netwrk', value: 1 }] }] }] },
      { id: 'b-rule', severity: 'error', component: 'flannel', phase: 'runtime', fields: [], needs: [], check: () => [{ params: {} }] },
    ];
    expect(rules.map((r) => r.check!({} as never).length)).toEqual([1, 1]);
  });

  it('every fix the rules offer for these plans sets a field the plan has', () => {
    const plans = [
      plan({ primaryFamily: 'ipv6', flannelVersion: '0.20.1' }),
      plan({ flannelVersion: '0.14.0' }),
      plan({ podCidr: { ipv4: '10.244.1.0/16', ipv6: 'fd00:10:244::/56' } }),
      plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/64' } }),
      plan({ nodeMask: { ipv4: '24', ipv6: '120' } }),
      plan({ flannel: { backend: null } }),
      plan({ flannel: { network: '10.244.0.0/16', ipv6Network: 'fd00:10:244::/56', enableIPv6: false } }),
      plan({ stack: 'ipv6', primaryFamily: 'ipv6', flannel: { network: 'fd00:10:244::/56' } }),
    ];
    const fixes = plans.flatMap((p) => diagnostics(p).flatMap((d) => d.fixes.flatMap((f) => f.set.map((s) => [p, s.field] as const))));
    expect(fixes.length).toBeGreaterThan(5);
    for (const [p, field] of fixes) {
      const [head, ...rest] = field.split('.');
      // The first segment is a Plan key; below it, a missing optional field may be set.
      expect(Object.keys(p), field).toContain(head);
      if (head === 'nodes') expect(Number(rest[0]), field).toBeLessThan(p.nodes.length);
    }
  });
});
