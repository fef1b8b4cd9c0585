// kube-controller-manager rules and node capacity: exact diagnostics and block counts on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { args, diag, noAllocate, nodes, planNodeCapacity, v4, v6, v6only } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
