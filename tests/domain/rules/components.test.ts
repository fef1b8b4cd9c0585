import { explanation, findings, message, only, plan } from '../../helpers';
import { describe, expect, it } from 'vitest';

describe('kube-controller-manager', () => {
  it('--node-cidr-mask-size on dual-stack', () => {
    const d = only(plan({ overrides: { controllerManagerArgs: { 'node-cidr-mask-size': '24' } } }), 'controller-manager-legacy-mask-dual-stack');
    expect(explanation(d)).toContain('usage of --node-cidr-mask-size is not allowed with dual-stack clusters');
    expect(findings(plan({ stack: 'ipv4', overrides: { controllerManagerArgs: { 'node-cidr-mask-size': '24' } } }), 'controller-manager-legacy-mask-dual-stack')).toEqual([]);
  });
  it('legacy and per-family flags together on single-stack', () => {
    const p = plan({ stack: 'ipv4', nodeMask: { ipv4: '26', ipv6: '64' }, overrides: { controllerManagerArgs: { 'node-cidr-mask-size': '24' } } });
    expect(only(p, 'controller-manager-legacy-and-family-mask').params.flags).toBe('--node-cidr-mask-size-ipv4');
  });
  it('a mask flag of the other family on single-stack', () => {
    const p = plan({ stack: 'ipv4', overrides: { controllerManagerArgs: { 'node-cidr-mask-size-ipv6': '64' } } });
    expect(explanation(only(p, 'controller-manager-mask-wrong-family'))).toContain('usage of --node-cidr-mask-size-ipv6 is not allowed for a single-stack IPv4 cluster');
    // The wizard's own IPv6 mask field is not written for an IPv4-only plan.
    expect(findings(plan({ stack: 'ipv4', nodeMask: { ipv4: '24', ipv6: '80' } }), 'controller-manager-mask-wrong-family')).toEqual([]);
  });
  it('an IPv6 /64 pod CIDR with the default /64 mask fits one node', () => {
    const one = plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/64' } });
    expect(findings(one, 'controller-manager-node-capacity')).toEqual([]);
    one.nodes.push({ name: 'w1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' });
    const d = only(one, 'controller-manager-node-capacity');
    expect(message(d)).toBe('fd00:10:244::/64 with /64 node blocks has room for 1 node(s); the plan has 2');
    expect(explanation(d)).toContain('CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range');
    // /64 node blocks stay: the pod CIDR widens to a /56.
    expect(d.fixes.map((f) => f.set)).toEqual([[{ field: 'podCidr.ipv6', value: 'fd00:10:244::/56' }]]);
  });
  it('a pod CIDR with a single node block warns even when the plan names one node', () => {
    const one = plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/64' } });
    const d = only(one, 'controller-manager-one-node-block');
    expect(d.severity).toBe('warning');
    expect(d.phase).toBe('runtime');
    expect(d.fields).toEqual(['podCidr.ipv6', 'nodeMask.ipv6']);
    expect(message(d)).toBe('fd00:10:244::/64 with /64 node blocks has room for one node only');
    expect(explanation(d)).toContain('The second node to register gets no podCIDR');
    expect(explanation(d)).toContain('"failed to acquire lease"');
    expect(d.fixes).toEqual([{ label: 'set-pod-cidr', params: { cidr: 'fd00:10:244::/56' }, set: [{ field: 'podCidr.ipv6', value: 'fd00:10:244::/56' }] }]);
    // With no node at all the same holds: the first node to register takes the only block.
    expect(findings({ ...one, nodes: [] }, 'controller-manager-one-node-block')).toHaveLength(1);
    // Two blocks are enough for two nodes: /63 with /64.
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/63' } }), 'controller-manager-one-node-block')).toEqual([]);
    // IPv4 too: a /24 pod CIDR with the default /24 mask; the fix halves the blocks to /25.
    const v4 = only(plan({ stack: 'ipv4', podCidr: { ipv4: '10.244.0.0/24', ipv6: '' } }), 'controller-manager-one-node-block');
    expect(v4.fixes[0]!.set).toEqual([{ field: 'nodeMask.ipv4', value: '25' }]);
  });
  it('with two nodes on one block the error replaces the warning', () => {
    const two = plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/64' } });
    two.nodes.push({ name: 'w1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' });
    expect(findings(two, 'controller-manager-one-node-block')).toEqual([]);
    expect(only(two, 'controller-manager-node-capacity').severity).toBe('error');
  });
  it('a Service CIDR taking one of two blocks leaves one: the warning', () => {
    const p = plan({ stack: 'ipv4', podCidr: { ipv4: '10.0.0.0/23', ipv6: '' }, serviceCidr: { ipv4: '10.0.1.0/28', ipv6: '' } });
    expect(only(p, 'controller-manager-one-node-block').params).toMatchObject({ cidr: '10.0.0.0/23', mask: 24, blocks: '2' });
  });
  it('no warning when the controller manager allocates no node CIDRs', () => {
    const p = plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/64' }, overrides: { controllerManagerArgs: { 'allocate-node-cidrs': 'false' } } });
    expect(findings(p, 'controller-manager-one-node-block')).toEqual([]);
  });
  it('blocks overlapping a Service CIDR are not handed out', () => {
    const p = plan({ stack: 'ipv4', podCidr: { ipv4: '10.0.0.0/23', ipv6: '' }, serviceCidr: { ipv4: '10.0.1.0/28', ipv6: '' } });
    expect(findings(p, 'controller-manager-node-capacity')).toEqual([]);
    p.nodes.push({ name: 'w1', role: 'worker', ipv4: '192.168.10.21', ipv6: '' });
    expect(findings(p, 'controller-manager-one-node-block')).toEqual([]);
    expect(only(p, 'controller-manager-node-capacity').params).toMatchObject({ blocks: '2', usable: '1', nodes: '2' });
  });
  it('node blocks smaller than maxPods 110 warn: /25 holds 126, /26 holds 62', () => {
    expect(findings(plan({ nodeMask: { ipv4: '25', ipv6: '64' } }), 'controller-manager-pods-per-node')).toEqual([]);
    expect(only(plan({ nodeMask: { ipv4: '26', ipv6: '64' } }), 'controller-manager-pods-per-node').params.addresses).toBe('62');
  });
});

describe('kubelet node-ip', () => {
  const withNodeIp = (nodeIp: string, patch = {}) => {
    const p = plan(patch);
    p.nodes[0]!.nodeIp = nodeIp;
    return p;
  };
  it.each([
    ['10.0.0.1', []],
    ['10.0.0.1,fd00::1', []],
    ['fd00::1,10.0.0.1', []],
    ['10.0.0.1,10.0.0.2', ['kubelet-node-ip-count']],
    ['10.0.0.1,fd00::1,10.0.0.2', ['kubelet-node-ip-count']],
    ['0.0.0.0', []],
    ['10.0.0.1,::', ['kubelet-node-ip-unspecified-pair']],
    ['10.0.0.1,bogus', ['kubelet-node-ip-unparsable']],
    ['127.0.0.1', ['kubelet-node-ip-unusable']],
    ['fe80::1,10.0.0.1', ['kubelet-node-ip-unusable']],
  ])('%s', (nodeIp, expected) => {
    const ids = findings(withNodeIp(nodeIp, { stack: 'ipv4' }), 'kubelet-node-ip-count')
      .concat(findings(withNodeIp(nodeIp, { stack: 'ipv4' }), 'kubelet-node-ip-unspecified-pair'))
      .concat(findings(withNodeIp(nodeIp, { stack: 'ipv4' }), 'kubelet-node-ip-unparsable'))
      .concat(findings(withNodeIp(nodeIp, { stack: 'ipv4' }), 'kubelet-node-ip-unusable'))
      .map((d) => d.rule);
    expect(ids).toEqual(expected);
  });
  it('quotes kubelet', () => {
    expect(explanation(only(withNodeIp('10.0.0.1,10.0.0.2'), 'kubelet-node-ip-count'))).toContain(
      'bad --node-ip "10.0.0.1,10.0.0.2": must contain either a single IP or a dual-stack pair of IPs',
    );
  });
  it('dual-stack node-ip with an external cloud provider fails up to 1.28 only', () => {
    const p = (version: string) => plan({ kubernetesVersion: version, overrides: { cloudProvider: 'external' } });
    expect(only(p('1.27'), 'kubelet-node-ip-cloud-dual-stack').fixes[0]!.set).toEqual([{ field: 'kubernetesVersion', value: '1.29' }]);
    expect(findings(p('1.28'), 'kubelet-node-ip-cloud-dual-stack')).toHaveLength(1);
    expect(findings(p('1.29'), 'kubelet-node-ip-cloud-dual-stack')).toEqual([]);
    expect(findings(plan({ kubernetesVersion: '1.27' }), 'kubelet-node-ip-cloud-dual-stack')).toEqual([]);
  });
  it('a dual-stack cluster wants both families on every node', () => {
    const p = plan();
    p.nodes[0]!.ipv6 = '';
    expect(only(p, 'kubelet-node-ip-missing-family')).toMatchObject({ fields: ['nodes.0.ipv6'], params: { missing: 'IPv6' } });
    expect(findings(plan({ stack: 'ipv4' }), 'kubelet-node-ip-missing-family')).toEqual([]);
  });
});

describe('kube-proxy clusterCIDR', () => {
  it.each([
    ['10.244.0.0/16,fd00:10:244::/56', [], []],
    ['10.244.0.0/16', [], ['kube-proxy-cluster-cidr-mismatch']],
    ['10.244.0.0/16,10.245.0.0/16', ['not-dual'], []],
    ['a,b,c', ['too-many'], []],
    ['10.244.0.0', ['invalid'], []],
  ])('%s', (value, shapes, warnings) => {
    const p = plan({ overrides: { kubeProxyClusterCidr: value } });
    expect(findings(p, 'kube-proxy-cluster-cidr-invalid').map((d) => d.params.shape)).toEqual(shapes);
    expect(findings(p, 'kube-proxy-cluster-cidr-mismatch').map((d) => d.rule)).toEqual(warnings);
  });
});
