// kube-apiserver, kubelet and kube-proxy rules: the exact diagnostic (severity, fields, params, fixes) for an input,
// on both sides of each condition.
import { findings, plan } from '../../helpers';
import { withNodeIp } from './components-exact.helpers';
import { describe, expect, it } from 'vitest';

describe('kubelet node-ip rules', () => {
  it('kubelet-node-ip-count names the node, its node-ip and the field it came from', () => {
    expect(findings(withNodeIp('10.0.0.1,10.0.0.2'), 'kubelet-node-ip-count')).toEqual([
      { rule: 'kubelet-node-ip-count', severity: 'error', component: 'kubelet', phase: 'runtime', fields: ['nodes.0.nodeIp'], params: { node: 'cp-1', value: '10.0.0.1,10.0.0.2' }, fixes: [] },
    ]);
    const p = plan({ nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '10.0.0.1', ipv6: '' }, { name: 'w', role: 'worker', ipv4: '10.0.0.2,10.0.0.3', ipv6: '' }] });
    // Two IPv4 addresses typed into w's IPv4 field: cluster-field-family says so at that field, the count rule stays silent.
    expect(findings(p, 'kubelet-node-ip-count')).toEqual([]);
    const fromFields = plan({ nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '10.0.0.1', ipv6: '' }, { name: 'w', role: 'worker', ipv4: '10.0.0.2', ipv6: '10.0.0.3' }] });
    expect(findings(fromFields, 'kubelet-node-ip-count')).toEqual([]);
    expect(findings(withNodeIp('fd00::1,fd00::2'), 'kubelet-node-ip-count')).toHaveLength(1);
    expect(findings(withNodeIp('fd00::1,10.0.0.1,fd00::2'), 'kubelet-node-ip-count')).toHaveLength(1);
    expect(findings(withNodeIp('fd00::1,10.0.0.1'), 'kubelet-node-ip-count')).toEqual([]);
  });

  it('kubelet-node-ip-unspecified-pair: an unspecified address in a dual pair, either side', () => {
    expect(findings(withNodeIp('::,10.0.0.1'), 'kubelet-node-ip-unspecified-pair')).toEqual([
      { rule: 'kubelet-node-ip-unspecified-pair', severity: 'error', component: 'kubelet', phase: 'runtime', fields: ['nodes.0.nodeIp'], params: { node: 'cp-1', value: '::,10.0.0.1' }, fixes: [] },
    ]);
    expect(findings(withNodeIp('fd00::1,0.0.0.0'), 'kubelet-node-ip-unspecified-pair')).toHaveLength(1);
    expect(findings(withNodeIp('0.0.0.0,0.0.0.0'), 'kubelet-node-ip-unspecified-pair')).toEqual([]);
    expect(findings(withNodeIp('fd00::1,10.0.0.1'), 'kubelet-node-ip-unspecified-pair')).toEqual([]);
  });

  it('kubelet-node-ip-unparsable lists the pieces it ignores', () => {
    expect(findings(withNodeIp('10.0.0.1,x,,fd00::1'), 'kubelet-node-ip-unparsable')).toEqual([
      { rule: 'kubelet-node-ip-unparsable', severity: 'warning', component: 'kubelet', phase: 'runtime', fields: ['nodes.0.nodeIp'], params: { node: 'cp-1', value: '10.0.0.1,x,,fd00::1', ignored: 'x, ' }, fixes: [] },
    ]);
    expect(findings(plan(), 'kubelet-node-ip-unparsable')).toEqual([]);
  });

  it('kubelet-node-ip-missing-family: only on a valid dual podSubnet, only one family missing, unspecified counts as missing', () => {
    expect(findings(withNodeIp('10.0.0.1'), 'kubelet-node-ip-missing-family')).toEqual([
      { rule: 'kubelet-node-ip-missing-family', severity: 'warning', component: 'kubelet', phase: 'runtime', fields: ['nodes.0.nodeIp'], params: { node: 'cp-1', missing: 'IPv6', value: '10.0.0.1' }, fixes: [] },
    ]);
    expect(findings(withNodeIp('fd00::1,0.0.0.0'), 'kubelet-node-ip-missing-family')[0]!.params).toEqual({ node: 'cp-1', missing: 'IPv4', value: 'fd00::1,0.0.0.0' });
    expect(findings(withNodeIp(''), 'kubelet-node-ip-missing-family')).toEqual([]);
    expect(findings(withNodeIp('10.0.0.1,10.0.0.2,10.0.0.3'), 'kubelet-node-ip-missing-family')).toEqual([]);
    expect(findings(withNodeIp('10.0.0.1', { overrides: { podSubnet: '10.244.0.0/16' } }), 'kubelet-node-ip-missing-family')).toEqual([]);
    expect(findings(withNodeIp('10.0.0.1', { overrides: { podSubnet: '10.244.0.0/16,10.1.0.0/16' } }), 'kubelet-node-ip-missing-family')).toEqual([]);
  });

  it('kubelet-node-ip-unusable: loopback, link-local and multicast, with the address as written; a lone unspecified is allowed', () => {
    expect(findings(withNodeIp(' 127.0.0.1 ', { stack: 'ipv4' }), 'kubelet-node-ip-unusable')).toEqual([
      { rule: 'kubelet-node-ip-unusable', severity: 'error', component: 'kubelet', phase: 'runtime', fields: ['nodes.0.nodeIp'], params: { node: 'cp-1', address: '127.0.0.1', kind: 'loopback' }, fixes: [] },
    ]);
    const p = plan({ nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fe80::1' }] });
    expect(findings(p, 'kubelet-node-ip-unusable')).toMatchObject([{ fields: ['nodes.0.ipv6'], params: { address: 'fe80::1', kind: 'link-local' } }]);
    expect(findings(withNodeIp('224.0.0.1', { stack: 'ipv4' }), 'kubelet-node-ip-unusable')[0]!.params.kind).toBe('multicast');
    expect(findings(withNodeIp('0.0.0.0', { stack: 'ipv4' }), 'kubelet-node-ip-unusable')).toEqual([]);
    expect(findings(withNodeIp('::,10.0.0.1'), 'kubelet-node-ip-unusable')).toEqual([]);
    expect(findings(withNodeIp('10.0.0.1,fd00::1'), 'kubelet-node-ip-unusable')).toEqual([]);
  });

  it('kubelet-node-ip-cloud-dual-stack needs an external cloud provider and a dual pair', () => {
    const at = (patch: Parameters<typeof plan>[0], nodeIp?: string) => {
      const p = plan({ kubernetesVersion: '1.28', overrides: { cloudProvider: 'external' }, ...patch });
      if (nodeIp !== undefined) p.nodes[0]!.nodeIp = nodeIp;
      return findings(p, 'kubelet-node-ip-cloud-dual-stack');
    };
    expect(at({})).toEqual([
      {
        rule: 'kubelet-node-ip-cloud-dual-stack',
        severity: 'error',
        component: 'kubelet',
        phase: 'runtime',
        fields: ['nodes.0.ipv4', 'nodes.0.ipv6'],
        params: { node: 'cp-1', value: '192.168.10.11,fd00:192:168:10::11', kubernetes: '1.28' },
        fixes: [{ label: 'set-kubernetes-version', params: { version: '1.29' }, set: [{ field: 'kubernetesVersion', value: '1.29' }] }],
      },
    ]);
    expect(at({ overrides: { cloudProvider: 'aws' } })).toEqual([]);
    expect(at({}, '10.0.0.1')).toEqual([]);
    expect(at({}, '10.0.0.1,10.0.0.2')).toEqual([]);
  });
});

describe('kube-proxy clusterCIDR', () => {
  it('invalid: the value and its shape; silent when unset or empty', () => {
    expect(findings(plan({ overrides: { kubeProxyClusterCidr: '10.244.0.0/16,10.245.0.0/16' } }), 'kube-proxy-cluster-cidr-invalid')).toEqual([
      { rule: 'kube-proxy-cluster-cidr-invalid', severity: 'error', component: 'kube-proxy', phase: 'runtime', fields: ['kubeProxyClusterCidr'], params: { value: '10.244.0.0/16,10.245.0.0/16', shape: 'not-dual' }, fixes: [] },
    ]);
    expect(findings(plan({ overrides: { kubeProxyClusterCidr: '' } }), 'kube-proxy-cluster-cidr-invalid')).toEqual([]);
    expect(findings(plan(), 'kube-proxy-cluster-cidr-invalid')).toEqual([]);
    expect(findings(plan({ overrides: { kubeProxyClusterCidr: 'x' } }), 'kube-proxy-cluster-cidr-invalid')[0]!.params.shape).toBe('invalid');
    expect(findings(plan({ overrides: { kubeProxyClusterCidr: 'x,y' } }), 'kube-proxy-cluster-cidr-invalid')[0]!.params.shape).toBe('not-dual');
  });

  it('mismatch: compared canonically and in order with a valid podSubnet', () => {
    expect(findings(plan({ overrides: { kubeProxyClusterCidr: 'fd00:10:244::/56,10.244.0.0/16' } }), 'kube-proxy-cluster-cidr-mismatch')).toEqual([
      {
        rule: 'kube-proxy-cluster-cidr-mismatch',
        severity: 'warning',
        component: 'kube-proxy',
        phase: 'runtime',
        fields: ['kubeProxyClusterCidr', 'podCidr'],
        params: { value: 'fd00:10:244::/56,10.244.0.0/16', podSubnet: '10.244.0.0/16,fd00:10:244::/56' },
        fixes: [],
      },
    ]);
    expect(findings(plan({ overrides: { kubeProxyClusterCidr: '10.244.1.0/16,fd00:10:244:0::/56' } }), 'kube-proxy-cluster-cidr-mismatch')).toEqual([]);
    expect(findings(plan({ overrides: { kubeProxyClusterCidr: '' } }), 'kube-proxy-cluster-cidr-mismatch')).toEqual([]);
    expect(findings(plan({ overrides: { kubeProxyClusterCidr: 'x' } }), 'kube-proxy-cluster-cidr-mismatch')).toEqual([]);
    expect(findings(plan({ overrides: { kubeProxyClusterCidr: '10.1.0.0/16', podSubnet: 'x' } }), 'kube-proxy-cluster-cidr-mismatch')).toEqual([]);
  });
});
