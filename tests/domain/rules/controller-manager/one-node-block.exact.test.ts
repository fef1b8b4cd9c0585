// kube-controller-manager rules and node capacity: exact diagnostics and block counts on both sides of each condition.
import { findings } from '../../../helpers';
import { diag, maskFix, noAllocate, nodes, podFix, serviceFix, v4, v6 } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
