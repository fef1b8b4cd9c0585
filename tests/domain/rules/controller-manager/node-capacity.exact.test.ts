// kube-controller-manager rules and node capacity: exact diagnostics and block counts on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { diag, maskFix, noAllocate, nodes, podFix, serviceFix, v4, v6 } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
