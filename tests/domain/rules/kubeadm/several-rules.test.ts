import { explanation, findings, only, plan } from '../../../helpers';
import { describe, expect, it } from 'vitest';

describe('service subnet size (10 addresses minimum, 20 host bits maximum)', () => {
  it.each([
    ['10.96.0.0/28', []],
    ['10.96.0.0/29', ['kubeadm-service-subnet-too-small']],
    ['fd00::/124', []],
    ['fd00::/125', ['kubeadm-service-subnet-too-small']],
    ['10.96.0.0/12', []],
    ['10.96.0.0/11', ['kubeadm-service-subnet-too-large']],
    ['fd00::/108', []],
    ['fd00::/107', ['kubeadm-service-subnet-too-large']],
  ])('%s', (cidr, expected) => {
    const p = plan({ stack: cidr.includes(':') ? 'ipv6' : 'ipv4', primaryFamily: cidr.includes(':') ? 'ipv6' : 'ipv4', overrides: { serviceSubnet: cidr } });
    const ids = [...findings(p, 'kubeadm-service-subnet-too-small'), ...findings(p, 'kubeadm-service-subnet-too-large')].map((d) => d.rule);
    expect(ids).toEqual(expected);
  });
  it('quotes kubeadm and offers the largest allowed prefix', () => {
    const d = only(plan({ stack: 'ipv4', serviceCidr: { ipv4: '10.96.0.0/11', ipv6: '' } }), 'kubeadm-service-subnet-too-large');
    expect(explanation(d)).toContain('specified service subnet is too large; for 32-bit addresses, the mask must be >= 12');
    expect(d.fixes[0]!.set).toEqual([{ field: 'serviceCidr.ipv4', value: '10.96.0.0/12' }]);
    expect(explanation(only(plan({ stack: 'ipv4', serviceCidr: { ipv4: '10.96.0.0/29', ipv6: '' } }), 'kubeadm-service-subnet-too-small'))).toContain(
      'subnet with 8 address(es) is too small, the minimum is 10',
    );
  });
});

describe('pod prefix against node mask', () => {
  it('IPv6 /80 with the default /64 mask fails and offers a /56 pod CIDR, keeping /64 node blocks', () => {
    const d = only(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/80' } }), 'kubeadm-pod-subnet-smaller-than-node-mask');
    expect(explanation(d)).toContain('the size of pod subnet with mask 80 is smaller than the size of node subnet with mask 64');
    expect(d.fixes.map((f) => f.set)).toEqual([[{ field: 'podCidr.ipv6', value: 'fd00:10:244::/56' }]]);
    expect(d.fields).toEqual(['podCidr.ipv6', 'nodeMask.ipv6']);
  });
  it('equal prefix and mask is fine for kubeadm', () => {
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/64' } }), 'kubeadm-pod-subnet-smaller-than-node-mask')).toEqual([]);
  });
  it('a difference of exactly 16 is allowed, 17 is not, for both families', () => {
    expect(findings(plan({ podCidr: { ipv4: '10.0.0.0/8', ipv6: 'fd00::/48' } }), 'kubeadm-node-mask-difference')).toEqual([]);
    const v4 = findings(plan({ podCidr: { ipv4: '10.0.0.0/7', ipv6: 'fd00::/47' } }), 'kubeadm-node-mask-difference');
    expect(v4.map((d) => d.params.cidr)).toEqual(['10.0.0.0/7', 'fd00::/47']);
    expect(explanation(v4[0]!)).toContain('pod subnet mask (7) and node-mask (24) difference is greater than 16');
  });
  it('allocate-node-cidrs=false skips the check', () => {
    const p = plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/80' }, overrides: { controllerManagerArgs: { 'allocate-node-cidrs': 'false' } } });
    expect(findings(p, 'kubeadm-pod-subnet-smaller-than-node-mask')).toEqual([]);
  });
  it('a non-integer mask is its own error', () => {
    const d = only(plan({ nodeMask: { ipv4: '24', ipv6: 'x' } }), 'kubeadm-node-mask-not-integer');
    expect(explanation(d)).toContain('could not parse the value of the kube-controller-manager flag node-cidr-mask-size-ipv6 as an integer: strconv.Atoi: parsing "x": invalid syntax');
  });
});

describe('advertise address', () => {
  it('must be one IP', () => {
    const d = only(plan({ advertiseAddress: '192.168.10.11,fd00::11' }), 'kubeadm-advertise-address-invalid');
    expect(explanation(d)).toContain('couldn\'t use "192.168.10.11,fd00::11" as "apiserver-advertise-address", must be ipv4 or ipv6 address');
    expect(explanation(d)).toContain('cannot be dual-stack');
  });
  it('link-local and multicast are refused, loopback is allowed', () => {
    expect(only(plan({ stack: 'ipv6', primaryFamily: 'ipv6', advertiseAddress: 'fe80::1' }), 'kubeadm-advertise-address-unusable').params.kind).toBe('link-local');
    expect(only(plan({ advertiseAddress: '224.0.0.1' }), 'kubeadm-advertise-address-unusable').params.kind).toBe('multicast');
    expect(findings(plan({ advertiseAddress: '127.0.0.1' }), 'kubeadm-advertise-address-unusable')).toEqual([]);
  });
  it('shows at kubeadm init, not at config validate: VerifyAPIServerBindAddress runs in init and control-plane join', () => {
    const d = only(plan({ stack: 'ipv6', primaryFamily: 'ipv6', advertiseAddress: 'fe80::11' }), 'kubeadm-advertise-address-unusable');
    expect(d.phase).toBe('kubeadm-init');
    expect(explanation(d)).toContain('cannot use "fe80::11" as the bind address for the API Server');
  });
});

describe('bindPort, dnsDomain, controlPlaneEndpoint, join endpoint', () => {
  it.each([[0, 1], [1, 0], [65535, 0], [65536, 1], [-1, 1]])('bindPort %d', (port, count) => {
    expect(findings(plan({ bindPort: port }), 'kubeadm-bind-port')).toHaveLength(count);
  });
  it.each([['cluster.local', 0], ['Cluster.Local', 1], ['cluster_local', 1], ['a'.repeat(254), 1], ['-x.local', 1]])('dnsDomain %s', (value, count) => {
    expect(findings(plan({ dnsDomain: value }), 'kubeadm-dns-domain')).toHaveLength(count);
  });
  it.each([
    ['', 0, 0],
    ['k8s.example.com', 0, 0],
    ['k8s.example.com:6443', 0, 0],
    ['[fd00::1]:6443', 0, 0],
    ['fd00::1', 0, 0],
    ['[fd00::1]', 1, 0],
    ['fd00::1:6443', 0, 1],
    ['k8s.example.com:99999', 1, 0],
    ['bad_host:6443', 1, 0],
  ])('controlPlaneEndpoint %j', (value, errors, warnings) => {
    const p = plan({ controlPlaneEndpoint: value });
    expect(findings(p, 'kubeadm-control-plane-endpoint-invalid')).toHaveLength(errors);
    expect(findings(p, 'kubeadm-control-plane-endpoint-ipv6-port')).toHaveLength(warnings);
  });
  it('says what [v6] and v6:port should be', () => {
    expect(only(plan({ controlPlaneEndpoint: '[fd00::1]' }), 'kubeadm-control-plane-endpoint-invalid').params.suggestion).toBe('[fd00::1]:6443');
    expect(only(plan({ controlPlaneEndpoint: 'fd00::1:6443' }), 'kubeadm-control-plane-endpoint-ipv6-port').params.intended).toBe('[fd00::1]:6443');
  });
  it.each([
    ['10.0.0.1:6443', null],
    ['[fd00::1]:6443', null],
    ['10.0.0.1', 'missing port'],
    ['fd00::1:6443', 'too many colons'],
  ])('join apiServerEndpoint %s', (endpoint, error) => {
    const p = plan();
    p.nodes.push({ name: 'w1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21', joinEndpoint: endpoint });
    const found = findings(p, 'kubeadm-join-endpoint');
    expect(found.map((d) => d.params.error)).toEqual(error ? [error] : []);
    if (error) expect(explanation(found[0]!)).toContain(`address ${endpoint}: ${error} in address`);
  });
});
