import { describe, expect, it } from 'vitest';
import { explanation, findings, message, only, plan } from '../../helpers';

const pod = (podSubnet: string) => plan({ overrides: { podSubnet } });
const svc = (serviceSubnet: string) => plan({ overrides: { serviceSubnet } });

describe('kubeadm-subnet-syntax', () => {
  it.each([
    ['10.244.0.0/16, fd00:10:244::/56', 'leading-space', 'it starts with a space, and kubeadm does not trim spaces'],
    ['10.244.0.0/16,', 'trailing-comma', 'it ends with a comma'],
    ['10.244.0.1', 'no-prefix', '"10.244.0.1" is an address without a /prefix'],
    ['10.244.0.0/33', 'prefix-too-long', 'the prefix /33 is over 32'],
  ])('refuses podSubnet %j read verbatim from a file (%s), at the podSubnet line', (value, hint, what) => {
    const d = only(pod(value), 'kubeadm-subnet-syntax');
    expect(d.params).toMatchObject({ setting: 'podSubnet', value, hint });
    expect(message(d)).toBe(`podSubnet "${value}" does not parse: ${what}`);
    expect(explanation(d)).toContain('`kubeadm init` stops with "couldn\'t parse subnet" before deploying anything.');
    expect(d.fields).toEqual(['podCidr']);
  });
  it('accepts both orders and single CIDRs', () => {
    for (const value of ['10.244.0.0/16,fd00:10:244::/56', 'fd00:10:244::/56,10.244.0.0/16', '10.244.0.0/16']) {
      expect(findings(pod(value), 'kubeadm-subnet-syntax')).toEqual([]);
    }
  });
  it('checks serviceSubnet the same way', () => {
    expect(only(svc('10.96.0.0/16 ,fd00:10:96::/112'), 'kubeadm-subnet-syntax').params.setting).toBe('serviceSubnet');
  });
});

describe('kubeadm-subnet-count', () => {
  it('refuses three CIDRs and two of one family', () => {
    expect(only(pod('10.244.0.0/16,fd00::/56,10.245.0.0/16'), 'kubeadm-subnet-count').params.count).toBe(3);
    const d = only(svc('10.96.0.0/16,10.97.0.0/16'), 'kubeadm-subnet-count');
    expect(explanation(d)).toContain('expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking');
  });
});

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

describe('kubeadm-pod-subnet-too-small (14 addresses)', () => {
  it('refuses /29 and accepts /28', () => {
    const masks = { ipv4: '30', ipv6: '64' };
    expect(findings(plan({ stack: 'ipv4', podCidr: { ipv4: '10.244.0.0/28', ipv6: '' }, nodeMask: masks }), 'kubeadm-pod-subnet-too-small')).toEqual([]);
    const d = only(plan({ stack: 'ipv4', podCidr: { ipv4: '10.244.0.0/29', ipv6: '' }, nodeMask: masks }), 'kubeadm-pod-subnet-too-small');
    expect(explanation(d)).toContain('subnet with 8 address(es) is too small, the minimum is 14');
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

describe('kubeadm-api-version by Kubernetes version', () => {
  it.each([
    ['1.27', 'kubeadm.k8s.io/v1beta3', null],
    ['1.30', 'kubeadm.k8s.io/v1beta4', 'error'],
    ['1.27', 'kubeadm.k8s.io/v1beta4', 'error'],
    ['1.31', 'kubeadm.k8s.io/v1beta4', null],
    ['1.31', 'kubeadm.k8s.io/v1beta3', 'warning'],
    ['1.35', 'kubeadm.k8s.io/v1beta3', 'warning'],
    ['1.36', 'kubeadm.k8s.io/v1beta3', 'error'],
    ['1.37', 'kubeadm.k8s.io/v1beta2', 'error'],
  ])('Kubernetes %s with %s', (version, apiVersion, severity) => {
    const found = findings(plan({ kubernetesVersion: version, overrides: { kubeadmApiVersion: apiVersion } }), 'kubeadm-api-version');
    expect(found.map((d) => d.severity)).toEqual(severity ? [severity] : []);
  });
  it('explains the 1.28–1.30 experimental refusal', () => {
    const d = only(plan({ kubernetesVersion: '1.29', overrides: { kubeadmApiVersion: 'kubeadm.k8s.io/v1beta4' } }), 'kubeadm-api-version');
    expect(explanation(d)).toContain('experimental API spec: "kubeadm.k8s.io/v1beta4" is not allowed');
  });
});

describe('kubeadm-site-local-subnet and kubeadm-pod-subnet-missing', () => {
  it('warns on fec0::/10', () => {
    expect(only(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fec0:10:244::/56' } }), 'kubeadm-site-local-subnet').params.cidr).toBe('fec0:10:244::/56');
  });
  it('no podSubnet means no podCIDR for Flannel', () => {
    expect(explanation(only(plan({ overrides: { podSubnet: '' } }), 'kubeadm-pod-subnet-missing'))).toContain('pod cidr not assigned');
    expect(findings(plan({ overrides: { podSubnet: '' } }), 'kubeadm-pod-subnet-missing', ['kubeadm'])).toEqual([]);
  });
});

describe('kubeadm-node-name', () => {
  it.each([['cp-1', 0], ['node.example.com', 0], ['CP-1', 1], ['cp_1', 1], ['', 1], ['-cp', 1]])('%j', (name, count) => {
    const p = plan();
    p.nodes[0]!.name = name;
    expect(findings(p, 'kubeadm-node-name')).toHaveLength(count);
  });
  it('suggests a lowercase name', () => {
    const p = plan();
    p.nodes[0]!.name = 'Master_1';
    expect(only(p, 'kubeadm-node-name').params.lower).toBe('master-1');
  });
});
