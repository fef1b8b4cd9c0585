// The helpers of the cluster-state rules: the --cluster-cidr kube-controller-manager runs with (what a node's podCIDRs
// are compared with), and how nodes are named in the words.
import { describe, expect, it } from 'vitest';
import { formatCidr } from '../../../../src/domain/cidr';
import type { Plan } from '../../../../src/domain/plan';
import { buildContext } from '../../../../src/domain/rules/context';
import { clusterCidrs, nodeList } from '../../../../src/domain/rules/helpers/cluster-state';
import { plan } from '../../../helpers';

const cidrs = (p: Plan): string[] | null => clusterCidrs(buildContext(p))?.map(formatCidr) ?? null;
const ARGS = { 'cluster-cidr': ' 10.250.0.0/16,fd00:250::/56 ' };

describe('clusterCidrs', () => {
  it('is podSubnet when controllerManager.extraArgs does not set cluster-cidr', () => {
    expect(cidrs(plan())).toEqual(['10.244.0.0/16', 'fd00:10:244::/56']);
  });

  it('is unknown while either pod CIDR field holds something wrong (its own rule reports it), even when the list parses', () => {
    expect(cidrs(plan({ podCidr: { ipv4: '10.244.0.0/16x', ipv6: 'fd00:10:244::/56' } }))).toBeNull();
    // Single-stack with the other family in the field: podSubnet is one valid CIDR, but the field's own rule speaks for it.
    expect(cidrs(plan({ stack: 'ipv4', podCidr: { ipv4: 'fd00:1::/56', ipv6: '' } }))).toBeNull();
    expect(cidrs(plan({ stack: 'ipv6', primaryFamily: 'ipv6', podCidr: { ipv4: '', ipv6: '10.245.0.0/16' } }))).toBeNull();
  });

  it('is the cluster-cidr argument, trimmed, when extraArgs sets it, whatever the pod fields hold', () => {
    expect(cidrs(plan({ overrides: { controllerManagerArgs: ARGS } }))).toEqual(['10.250.0.0/16', 'fd00:250::/56']);
    expect(cidrs(plan({ stack: 'ipv4', podCidr: { ipv4: 'fd00:1::/56', ipv6: '' }, overrides: { controllerManagerArgs: { 'cluster-cidr': '10.250.0.0/16' } } }))).toEqual(['10.250.0.0/16']);
  });
});

describe('nodeList', () => {
  it('joins the names, a node without one as "(no name)"', () => {
    expect(nodeList(['w-1', '', 'w-3'])).toBe('w-1, (no name), w-3');
  });
});
