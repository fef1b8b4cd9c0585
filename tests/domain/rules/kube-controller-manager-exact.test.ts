// kube-controller-manager rules and node capacity: exact diagnostics and block counts on both sides of each condition.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import { planNodeCapacity as capacityOf, resolvePlan } from '../../../src/domain/resolve';
import type { Severity } from '../../../src/domain/rules/types';
import { findings, plan, type PlanPatch } from '../../helpers';

const diag = (rule: string, severity: Severity, fields: string[], params: Record<string, unknown>, fixes: unknown[] = []) => ({
  rule,
  severity,
  component: 'kube-controller-manager',
  phase: 'runtime',
  fields,
  params,
  fixes,
});
const maskFix = (family: 'ipv4' | 'ipv6', mask: number) => ({
  label: 'set-node-mask',
  params: { flag: `node-cidr-mask-size-${family}`, mask },
  set: [{ field: `nodeMask.${family}`, value: String(mask) }],
});
const podFix = (family: 'ipv4' | 'ipv6', cidr: string) => ({ label: 'set-pod-cidr', params: { cidr }, set: [{ field: `podCidr.${family}`, value: cidr }] });
const serviceFix = (family: 'ipv4' | 'ipv6', cidr: string) => ({ label: 'set-service-cidr', params: { cidr }, set: [{ field: `serviceCidr.${family}`, value: cidr }] });
const v4 = (pod: string, service = '10.96.0.0/16', nodeMask = '24', patch: PlanPatch = {}) =>
  plan({ stack: 'ipv4', podCidr: { ipv4: pod, ipv6: '' }, serviceCidr: { ipv4: service, ipv6: '' }, nodeMask: { ipv4: nodeMask, ipv6: '64' }, ...patch });
const v6 = (pod: string, nodeMask = '64', patch: PlanPatch = {}) =>
  plan({ stack: 'ipv6', primaryFamily: 'ipv6', podCidr: { ipv4: '', ipv6: pod }, nodeMask: { ipv4: '24', ipv6: nodeMask }, ...patch });
const nodes = (count: number): Plan['nodes'] =>
  Array.from({ length: count }, (_, i) => ({ name: `n-${i}`, role: i === 0 ? ('control-plane' as const) : ('worker' as const), ipv4: `192.168.10.${i + 1}`, ipv6: `fd00::${i + 1}` }));
const noAllocate = { overrides: { controllerManagerArgs: { 'allocate-node-cidrs': 'false' } } };
/** resolve.ts planNodeCapacity of the plan resolved. */
const planNodeCapacity = (p: Plan) => capacityOf(resolvePlan(p));
const args = (controllerManagerArgs: Record<string, string>) => ({ overrides: { controllerManagerArgs } });

describe('planNodeCapacity', () => {
  it('each family in podSubnet order, the pod CIDR as written', () => {
    expect(planNodeCapacity(plan())).toEqual([
      { family: 'ipv4', podCidr: '10.244.0.0/16', nodeMask: 24, nodeBlocks: 256n, usableBlocks: 256n },
      { family: 'ipv6', podCidr: 'fd00:10:244::/56', nodeMask: 64, nodeBlocks: 256n, usableBlocks: 256n },
    ]);
    expect(planNodeCapacity(plan({ primaryFamily: 'ipv6', podCidr: { ipv4: '10.244.1.0/16', ipv6: 'fd00:10:244::/60' }, nodeMask: { ipv4: '26', ipv6: '64' } }))).toEqual([
      { family: 'ipv6', podCidr: 'fd00:10:244::/60', nodeMask: 64, nodeBlocks: 16n, usableBlocks: 16n },
      { family: 'ipv4', podCidr: '10.244.1.0/16', nodeMask: 26, nodeBlocks: 1024n, usableBlocks: 1024n },
    ]);
  });
  it('a Service CIDR inside one block takes that block', () => {
    expect(planNodeCapacity(v4('10.0.0.0/16', '10.0.5.0/24'))).toEqual([{ family: 'ipv4', podCidr: '10.0.0.0/16', nodeMask: 24, nodeBlocks: 256n, usableBlocks: 255n }]);
    expect(planNodeCapacity(v4('10.0.0.0/16', '10.0.5.16/28'))[0]!.usableBlocks).toBe(255n);
  });
  it('a Service CIDR spanning blocks takes each of them', () => {
    expect(planNodeCapacity(v4('10.0.0.0/16', '10.0.4.0/22'))[0]!.usableBlocks).toBe(252n);
    expect(planNodeCapacity(v4('10.0.0.0/16', '10.0.0.0/16'))[0]!.usableBlocks).toBe(0n);
  });
  it('a Service CIDR around the pod CIDR takes all of it; one outside takes none', () => {
    expect(planNodeCapacity(v4('10.0.0.0/16', '10.0.0.0/12'))[0]!.usableBlocks).toBe(0n);
    expect(planNodeCapacity(v4('10.0.0.0/16', '10.1.0.0/16'))[0]!.usableBlocks).toBe(256n);
  });
  it('never fewer than zero usable blocks, even when Service CIDRs (a list kubeadm refuses) take more than there are', () => {
    expect(planNodeCapacity(plan({ stack: 'ipv4', podCidr: { ipv4: '10.0.0.0/24', ipv6: '' }, overrides: { serviceSubnet: '10.0.0.0/28,10.0.0.16/28' } }))[0]!.usableBlocks).toBe(0n);
  });
  it('only the Service CIDRs of the pod CIDR\'s family count', () => {
    expect(planNodeCapacity(plan({ serviceCidr: { ipv4: '10.244.5.0/24', ipv6: 'fd00:10:244::/112' } })).map((c) => c.usableBlocks)).toEqual([255n, 255n]);
  });
  it('up to 64 bits between pod prefix and mask; beyond, or a mask shorter than the prefix, no count', () => {
    expect(planNodeCapacity(v6('fd00::/56', '120'))).toEqual([{ family: 'ipv6', podCidr: 'fd00::/56', nodeMask: 120, nodeBlocks: 2n ** 64n, usableBlocks: 2n ** 64n }]);
    expect(planNodeCapacity(v6('fd00::/55', '120'))).toEqual([]);
    expect(planNodeCapacity(v4('10.244.0.0/16', '10.96.0.0/16', '16'))[0]!.nodeBlocks).toBe(1n);
    expect(planNodeCapacity(v4('10.244.0.0/16', '10.96.0.0/16', '15'))).toEqual([]);
    expect(planNodeCapacity(v4('10.244.0.0/16', '10.96.0.0/16', 'x'))).toEqual([]);
  });
  it('a mask longer than the address cuts no block (changed with the one formula, issue 19: it counted 2^(mask − prefix))', () => {
    expect(planNodeCapacity(v4('10.0.0.0/31', '10.96.0.0/16', '33'))).toEqual([]);
    expect(planNodeCapacity(v4('10.0.0.0/31', '10.96.0.0/16', '32'))).toEqual([{ family: 'ipv4', podCidr: '10.0.0.0/31', nodeMask: 32, nodeBlocks: 2n, usableBlocks: 2n }]);
    expect(findings(v4('10.0.0.0/32', '10.96.0.0/16', '33', { nodes: nodes(3) }), 'controller-manager-node-capacity')).toEqual([]);
  });
  it('none when the controller manager allocates no node CIDRs, or podSubnet is not valid', () => {
    expect(planNodeCapacity(plan(noAllocate))).toEqual([]);
    expect(planNodeCapacity(plan({ overrides: { podSubnet: '10.244.0.0/16,10.245.0.0/16' } }))).toEqual([]);
    expect(planNodeCapacity(plan({ overrides: { podSubnet: '10.244.0.0/16,x' } }))).toEqual([]);
  });
});

describe('controller-manager-node-capacity', () => {
  const id = 'controller-manager-node-capacity';
  const fields = (family: string) => [`podCidr.${family}`, `nodeMask.${family}`];
  it('IPv4: more nodes than blocks; no mask leaves under 110 pod IPs, so the pod CIDR widens as far as the nodes need', () => {
    expect(findings(v4('10.244.0.0/24', '10.96.0.0/16', '24', { nodes: nodes(3) }), id)).toEqual([
      diag(id, 'error', fields('ipv4'), { cidr: '10.244.0.0/24', mask: 24, prefix: 24, blocks: '1', usable: '1', nodes: '3', flag: 'node-cidr-mask-size-ipv4' }, [podFix('ipv4', '10.244.0.0/22')]),
    ]);
    expect(findings(v4('10.244.0.0/24', '10.96.0.0/16', '24', { nodes: nodes(2) }), id)[0]!.fixes).toEqual([maskFix('ipv4', 25), podFix('ipv4', '10.244.0.0/23')]);
    expect(findings(v4('10.244.0.0/24', '10.96.0.0/16', '24', { nodes: nodes(4) }), id)[0]!.fixes).toEqual([podFix('ipv4', '10.244.0.0/22')]);
    expect(findings(v4('10.244.0.0/24', '10.96.0.0/16', '24', { nodes: nodes(5) }), id)[0]!.fixes).toEqual([podFix('ipv4', '10.244.0.0/21')]);
    // A /20 pod CIDR with /28 blocks for 5 nodes: the default /24 gives 16 blocks and 254 pod IPs each.
    expect(findings(v4('10.244.0.0/26', '10.96.0.0/16', '28', { nodes: nodes(5) }), id)[0]!.fixes).toEqual([podFix('ipv4', '10.244.0.0/25')]);
    expect(findings(v4('10.244.0.0/20', '10.96.0.0/16', '20', { nodes: nodes(5) }), id)[0]!.fixes).toEqual([maskFix('ipv4', 24), podFix('ipv4', '10.244.0.0/17')]);
  });
  it('blocks a Service CIDR takes: the overlap is the cause, and moving the Service range out the fix', () => {
    expect(findings(v4('10.0.0.0/23', '10.0.1.0/28', '24', { nodes: nodes(2) }), id)).toEqual([
      diag(id, 'error', fields('ipv4'), { cidr: '10.0.0.0/23', mask: 24, prefix: 23, blocks: '2', usable: '1', nodes: '2', flag: 'node-cidr-mask-size-ipv4' }, [serviceFix('ipv4', '10.0.2.0/28')]),
    ]);
    // The Service range equal to the pod range: the next block of the same size, inside the same private range.
    expect(findings(v4('10.244.0.0/16', '10.244.0.0/16', '24'), id)[0]!.fixes).toEqual([serviceFix('ipv4', '10.245.0.0/16')]);
    // A pod range filling 10.0.0.0/8: the next private range, at the largest size kubeadm takes (/12).
    expect(findings(v4('10.0.0.0/8', '10.0.0.0/8', '24'), id)).toEqual([
      diag(id, 'error', fields('ipv4'), { cidr: '10.0.0.0/8', mask: 24, prefix: 8, blocks: '65536', usable: '0', nodes: '1', flag: 'node-cidr-mask-size-ipv4' }, [serviceFix('ipv4', '172.16.0.0/12')]),
    ]);
  });
  it('IPv6: /64 blocks stay; the pod CIDR widens by 8 bits or more', () => {
    expect(findings(v6('fd00:10:244::/64', '64', { nodes: nodes(2) }), id)).toEqual([
      diag(id, 'error', fields('ipv6'), { cidr: 'fd00:10:244::/64', mask: 64, prefix: 64, blocks: '1', usable: '1', nodes: '2', flag: 'node-cidr-mask-size-ipv6' }, [podFix('ipv6', 'fd00:10:244::/56')]),
    ]);
    expect(findings(v6('fd00:10:244::/112', '112', { nodes: nodes(2) }), id)[0]!.fixes).toEqual([podFix('ipv6', 'fd00:10:244::/104')]);
  });
  it('no fix when a pod CIDR came verbatim from a file, which the fields cannot change', () => {
    expect(findings(plan({ stack: 'ipv4', nodes: nodes(3), nodeMask: { ipv4: '24', ipv6: '64' }, overrides: { podSubnet: '10.244.0.0/24' } }), id)[0]!.fixes).toEqual([]);
  });
  it('a plan naming no node counts one', () => {
    expect(findings(v4('10.0.0.0/16', '10.0.0.0/12', '24', { nodes: [] }), id)[0]!.params.nodes).toBe('1');
    expect(findings(v4('10.244.0.0/24', '10.96.0.0/16', '24', { nodes: [] }), id)).toEqual([]);
  });
  it('silent with enough blocks, when no CIDRs are allocated, or podSubnet is not valid', () => {
    expect(findings(v4('10.244.0.0/23', '10.96.0.0/16', '24', { nodes: nodes(2) }), id)).toEqual([]);
    expect(findings(v4('10.244.0.0/24', '10.96.0.0/16', '24', { nodes: nodes(2), ...noAllocate }), id)).toEqual([]);
    expect(findings(plan({ nodes: nodes(2), overrides: { podSubnet: 'fd00:10:244::/64,fd00:10:245::/64' } }), id)).toEqual([]);
  });
});

describe('controller-manager-one-node-block', () => {
  const id = 'controller-manager-one-node-block';
  it('one usable block: a warning with the fix for two nodes, the Service range where it takes the other', () => {
    expect(findings(v4('10.0.0.0/23', '10.0.1.0/28'), id)).toEqual([
      diag(id, 'warning', ['podCidr.ipv4', 'nodeMask.ipv4'], { cidr: '10.0.0.0/23', mask: 24, prefix: 23, blocks: '2', flag: 'node-cidr-mask-size-ipv4' }, [serviceFix('ipv4', '10.0.2.0/28')]),
    ]);
    expect(findings(v4('10.0.0.0/24', '10.96.0.0/16'), id)[0]!.fixes).toEqual([maskFix('ipv4', 25), podFix('ipv4', '10.0.0.0/23')]);
  });
  it('a pod CIDR of one block widens', () => {
    expect(findings(v6('fd00:10:244::/120', '120'), id)).toEqual([
      diag(id, 'warning', ['podCidr.ipv6', 'nodeMask.ipv6'], { cidr: 'fd00:10:244::/120', mask: 120, prefix: 120, blocks: '1', flag: 'node-cidr-mask-size-ipv6' }, [podFix('ipv6', 'fd00:10:244::/112')]),
    ]);
  });
  it('silent with two nodes named, with no usable block or two, and when no CIDRs are allocated', () => {
    expect(findings(v4('10.244.0.0/24', '10.96.0.0/16', '24', { nodes: nodes(2) }), id)).toEqual([]);
    expect(findings(v4('10.0.0.0/24', '10.0.0.0/24'), id)).toEqual([]);
    expect(findings(v4('10.244.0.0/23'), id)).toEqual([]);
    expect(findings(v4('10.244.0.0/24', '10.96.0.0/16', '24', noAllocate), id)).toEqual([]);
    expect(findings(v4('10.244.0.0/24', '10.96.0.0/16', '24', { overrides: { podSubnet: '10.244.0.0/24,10.245.0.0/24' } }), id)).toEqual([]);
  });
});

describe('controller-manager-pods-per-node (maxPods 110)', () => {
  const id = 'controller-manager-pods-per-node';
  const warn = (family: 'ipv4' | 'ipv6', mask: number, addresses: string) =>
    diag(id, 'warning', [`nodeMask.${family}`], { mask, addresses, maxPods: 110, family: family === 'ipv4' ? 'IPv4' : 'IPv6' });
  it('a mask equal to the pod prefix is one block, still checked', () => {
    expect(findings(v4('10.244.0.0/26', '10.96.0.0/16', '26'), id)).toEqual([warn('ipv4', 26, '62')]);
  });
  it.each([
    ['26', '62'],
    ['31', '0'],
    ['32', '0'],
  ])('IPv4 /%s holds %s', (mask, addresses) => {
    expect(findings(v4('10.244.0.0/16', '10.96.0.0/16', mask), id)).toEqual([warn('ipv4', Number(mask), addresses)]);
  });
  it('IPv6 /122 holds 62; /121 holds 126', () => {
    expect(findings(v6('fd00:10:244::/112', '122'), id)).toEqual([warn('ipv6', 122, '62')]);
    expect(findings(v6('fd00:10:244::/112', '121'), id)).toEqual([]);
  });
  it('silent for /25, a mask over the address length or shorter than the prefix, and without allocation', () => {
    expect(findings(v4('10.244.0.0/16', '10.96.0.0/16', '25'), id)).toEqual([]);
    expect(findings(v4('10.244.0.0/16', '10.96.0.0/16', '33'), id)).toEqual([]);
    expect(findings(v4('10.244.0.0/28', '10.96.0.0/16', '27'), id)).toEqual([]);
    expect(findings(v4('10.244.0.0/16', '10.96.0.0/16', 'x'), id)).toEqual([]);
    expect(findings(v4('10.244.0.0/16', '10.96.0.0/16', '26', noAllocate), id)).toEqual([]);
  });
});

describe('legacy --node-cidr-mask-size', () => {
  it('controller-manager-legacy-mask-dual-stack', () => {
    const id = 'controller-manager-legacy-mask-dual-stack';
    expect(findings(plan(args({ 'node-cidr-mask-size': '24' })), id)).toEqual([diag(id, 'error', ['podCidr'], { value: '24' })]);
    expect(findings(plan(args({ 'node-cidr-mask-size': '24', 'allocate-node-cidrs': 'false' })), id)).toEqual([]);
    expect(findings(plan({ stack: 'ipv4', ...args({ 'node-cidr-mask-size': '24' }) }), id)).toEqual([]);
    expect(findings(plan({ overrides: { podSubnet: '10.244.0.0/16,10.245.0.0/16', controllerManagerArgs: { 'node-cidr-mask-size': '24' } } }), id)).toEqual([]);
  });
  it('controller-manager-legacy-and-family-mask lists each per-family flag', () => {
    const id = 'controller-manager-legacy-and-family-mask';
    const flags = { 'node-cidr-mask-size': '24', 'node-cidr-mask-size-ipv4': '26', 'node-cidr-mask-size-ipv6': '64' };
    expect(findings(plan({ stack: 'ipv4', ...args(flags) }), id)).toEqual([
      diag(id, 'error', ['nodeMask.ipv4', 'nodeMask.ipv6'], { flags: '--node-cidr-mask-size-ipv4, --node-cidr-mask-size-ipv6' }),
    ]);
    expect(findings(plan({ ...v6only(), ...args({ 'node-cidr-mask-size': '64', 'node-cidr-mask-size-ipv6': '64' }) }), id)).toEqual([
      diag(id, 'error', ['nodeMask.ipv6'], { flags: '--node-cidr-mask-size-ipv6' }),
    ]);
    expect(findings(plan({ stack: 'ipv4', ...args({ 'node-cidr-mask-size': '24' }) }), id)).toEqual([]);
    expect(findings(plan({ stack: 'ipv4', ...args({ 'node-cidr-mask-size-ipv4': '26' }) }), id)).toEqual([]);
    expect(findings(plan(args(flags)), id)).toEqual([]);
    expect(findings(plan({ stack: 'ipv4', ...args({ ...flags, 'allocate-node-cidrs': 'false' }) }), id)).toEqual([]);
  });
  it('controller-manager-mask-wrong-family', () => {
    const id = 'controller-manager-mask-wrong-family';
    expect(findings(plan({ ...v6only(), ...args({ 'node-cidr-mask-size-ipv4': '24' }) }), id)).toEqual([
      diag(id, 'error', ['nodeMask.ipv4'], { flag: 'node-cidr-mask-size-ipv4', family: 'IPv6' }),
    ]);
    expect(findings(plan({ stack: 'ipv4', ...args({ 'node-cidr-mask-size-ipv6': '64' }) }), id)).toEqual([
      diag(id, 'error', ['nodeMask.ipv6'], { flag: 'node-cidr-mask-size-ipv6', family: 'IPv4' }),
    ]);
    expect(findings(plan({ stack: 'ipv4', ...args({ 'node-cidr-mask-size-ipv4': '26' }) }), id)).toEqual([]);
    expect(findings(plan(args({ 'node-cidr-mask-size-ipv4': '26', 'node-cidr-mask-size-ipv6': '64' })), id)).toEqual([]);
    expect(findings(plan({ stack: 'ipv4', ...args({ 'node-cidr-mask-size-ipv6': '64', 'allocate-node-cidrs': 'false' }) }), id)).toEqual([]);
  });
});

function v6only(): PlanPatch {
  return { stack: 'ipv6', primaryFamily: 'ipv6' };
}
