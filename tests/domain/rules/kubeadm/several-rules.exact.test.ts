// kubeadm rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { diag, v4only, validate, withNodes } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('Service and pod subnet sizes', () => {
  it('kubeadm-service-subnet-too-small, per family', () => {
    const id = 'kubeadm-service-subnet-too-small';
    expect(findings(plan({ serviceCidr: { ipv4: '10.96.0.0/29', ipv6: 'fd00:10:96::/125' } }), id)).toEqual([
      validate(id, ['serviceCidr.ipv4'], { cidr: '10.96.0.0/29', size: '8', minimum: 10, largestPrefix: 28 }),
      validate(id, ['serviceCidr.ipv6'], { cidr: 'fd00:10:96::/125', size: '8', minimum: 10, largestPrefix: 124 }),
    ]);
    expect(findings(plan({ serviceCidr: { ipv4: '10.96.0.0/28', ipv6: 'fd00:10:96::/124' } }), id)).toEqual([]);
  });
  it('kubeadm-service-subnet-too-large offers the largest allowed prefix on the network address', () => {
    const id = 'kubeadm-service-subnet-too-large';
    expect(findings(plan({ serviceCidr: { ipv4: '10.97.0.0/11', ipv6: 'fd00:10:96::/107' } }), id)).toEqual([
      validate(id, ['serviceCidr.ipv4'], { cidr: '10.96.0.0/11', bits: 32, minPrefix: 12 }, [
        { label: 'set-prefix', params: { prefix: 12 }, set: [{ field: 'serviceCidr.ipv4', value: '10.96.0.0/12' }] },
      ]),
      validate(id, ['serviceCidr.ipv6'], { cidr: 'fd00:10:96::/107', bits: 128, minPrefix: 108 }, [
        { label: 'set-prefix', params: { prefix: 108 }, set: [{ field: 'serviceCidr.ipv6', value: 'fd00:10:96::/108' }] },
      ]),
    ]);
    expect(findings(plan({ serviceCidr: { ipv4: '10.96.0.0/12', ipv6: 'fd00:10:96::/108' } }), id)).toEqual([]);
  });
  it('kubeadm-pod-subnet-too-small, per family', () => {
    const id = 'kubeadm-pod-subnet-too-small';
    const p = plan({ podCidr: { ipv4: '10.244.0.0/29', ipv6: 'fd00:10:244::/125' }, nodeMask: { ipv4: '30', ipv6: '126' } });
    expect(findings(p, id)).toEqual([
      validate(id, ['podCidr.ipv4'], { cidr: '10.244.0.0/29', size: '8', minimum: 14, largestPrefix: 28 }),
      validate(id, ['podCidr.ipv6'], { cidr: 'fd00:10:244::/125', size: '8', minimum: 14, largestPrefix: 124 }),
    ]);
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/28', ipv6: 'fd00:10:244::/124' }, nodeMask: { ipv4: '30', ipv6: '126' } }), id)).toEqual([]);
  });
});

describe('node masks', () => {
  it('kubeadm-node-mask-not-integer, per stack family, unless allocate-node-cidrs is false', () => {
    const id = 'kubeadm-node-mask-not-integer';
    expect(findings(plan({ nodeMask: { ipv4: '24.0', ipv6: 'x' } }), id)).toEqual([
      validate(id, ['nodeMask.ipv4'], { flag: 'node-cidr-mask-size-ipv4', value: '24.0' }),
      validate(id, ['nodeMask.ipv6'], { flag: 'node-cidr-mask-size-ipv6', value: 'x' }),
    ]);
    expect(findings(plan({ nodeMask: { ipv4: '+24', ipv6: '64' } }), id)).toEqual([]);
    expect(findings(plan({ ...v4only, nodeMask: { ipv4: '24', ipv6: 'x' } }), id)).toEqual([]);
    expect(findings(plan({ nodeMask: { ipv4: '24', ipv6: 'x' }, overrides: { controllerManagerArgs: { 'allocate-node-cidrs': 'false' } } }), id)).toEqual([]);
    expect(findings(plan({ nodeMask: { ipv4: '24', ipv6: 'x' }, overrides: { controllerManagerArgs: { 'allocate-node-cidrs': 'False' } } }), id)).toHaveLength(1);
  });

  describe('kubeadm-pod-subnet-smaller-than-node-mask', () => {
    const id = 'kubeadm-pod-subnet-smaller-than-node-mask';
    const expected = (family: 'ipv4' | 'ipv6', cidr: string, prefix: number, mask: number, suggested: number, wider: string) =>
      validate(id, [`podCidr.${family}`, `nodeMask.${family}`], { cidr, prefix, mask, family, flag: `node-cidr-mask-size-${family}`, suggested }, [
        { label: 'set-pod-cidr', params: { cidr: wider }, set: [{ field: `podCidr.${family}`, value: wider }] },
      ]);
    it('a longer mask would leave a node under 110 pod IPs (IPv4) or is not /64 (IPv6): the pod CIDR widens to hold two blocks', () => {
      expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/25', ipv6: 'fd00:10:244::/80' } }), id)).toEqual([
        expected('ipv4', '10.244.0.0/25', 25, 24, 27, '10.244.0.0/23'),
        expected('ipv6', 'fd00:10:244::/80', 80, 64, 96, 'fd00:10:244::/56'),
      ]);
      expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/28', ipv6: 'fd00:10:244::/110' } }), id)).toEqual([
        expected('ipv4', '10.244.0.0/28', 28, 24, 30, '10.244.0.0/23'),
        expected('ipv6', 'fd00:10:244::/110', 110, 64, 120, 'fd00:10:244::/56'),
      ]);
    });
    it('a mask that fits is offered before widening: /20 blocks of a /21 pod CIDR become /24', () => {
      expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/21', ipv6: 'fd00:10:244::/56' }, nodeMask: { ipv4: '20', ipv6: '64' } }), id)[0]!.fixes.map((f) => f.set)).toEqual([
        [{ field: 'nodeMask.ipv4', value: '24' }],
        [{ field: 'podCidr.ipv4', value: '10.244.0.0/19' }],
      ]);
    });
    it('silent when the pod prefix equals the mask, the mask is not an integer, or allocate-node-cidrs is false', () => {
      expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/24', ipv6: 'fd00:10:244::/64' } }), id)).toEqual([]);
      expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/25', ipv6: 'fd00:10:244::/56' }, nodeMask: { ipv4: 'x', ipv6: '64' } }), id)).toEqual([]);
      expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/25', ipv6: 'fd00:10:244::/56' }, overrides: { controllerManagerArgs: { 'allocate-node-cidrs': 'false' } } }), id)).toEqual([]);
    });
  });

  describe('kubeadm-node-mask-difference', () => {
    const id = 'kubeadm-node-mask-difference';
    it('more than 16 bits: the pod CIDR narrowed to 16 bits above the mask, or the default mask', () => {
      expect(findings(plan({ podCidr: { ipv4: '10.0.0.0/7', ipv6: 'fd00::/47' } }), id)).toEqual([
        validate(id, ['podCidr.ipv4', 'nodeMask.ipv4'], { cidr: '10.0.0.0/7', prefix: 7, mask: 24, flag: 'node-cidr-mask-size-ipv4', suggested: 23, suggestedPrefix: 8 }, [
          { label: 'set-pod-cidr', params: { cidr: '10.0.0.0/8' }, set: [{ field: 'podCidr.ipv4', value: '10.0.0.0/8' }] },
        ]),
        validate(id, ['podCidr.ipv6', 'nodeMask.ipv6'], { cidr: 'fd00::/47', prefix: 47, mask: 64, flag: 'node-cidr-mask-size-ipv6', suggested: 63, suggestedPrefix: 48 }, [
          { label: 'set-pod-cidr', params: { cidr: 'fd00::/48' }, set: [{ field: 'podCidr.ipv6', value: 'fd00::/48' }] },
        ]),
      ]);
      // A mask nobody types (/33, /130): the default mask, never /32 or /72.
      const typo = findings(plan({ nodeMask: { ipv4: '33', ipv6: '130' } }), id);
      expect(typo.map((d) => d.fixes.map((f) => f.set))).toEqual([[[{ field: 'nodeMask.ipv4', value: '24' }]], [[{ field: 'nodeMask.ipv6', value: '64' }]]]);
    });
    it('silent at 16 bits, with a mask that is not an integer, or allocate-node-cidrs false', () => {
      expect(findings(plan({ podCidr: { ipv4: '10.0.0.0/8', ipv6: 'fd00::/48' } }), id)).toEqual([]);
      expect(findings(plan({ podCidr: { ipv4: '10.0.0.0/7', ipv6: 'fd00::/48' }, nodeMask: { ipv4: 'x', ipv6: '64' } }), id)).toEqual([]);
      expect(findings(plan({ podCidr: { ipv4: '10.0.0.0/7', ipv6: 'fd00::/48' }, overrides: { controllerManagerArgs: { 'allocate-node-cidrs': 'false' } } }), id)).toEqual([]);
    });
  });
});

describe('advertise address', () => {
  describe('kubeadm-advertise-address-invalid', () => {
    const id = 'kubeadm-advertise-address-invalid';
    const fields = ['advertiseAddress'];
    const useValue = (field: string, value: string) => [{ label: 'use-value', params: { value }, set: [{ field, value }] }];
    it('an explicit value: at advertiseAddress, saying what is wrong, with the address it holds as the fix', () => {
      expect(findings(plan({ advertiseAddress: '192.168.10.11,fd00::11' }), id)).toEqual([validate(id, fields, { value: '192.168.10.11,fd00::11', hint: 'list' }, useValue('advertiseAddress', '192.168.10.11'))]);
      expect(findings(plan({ advertiseAddress: ' 192.168.10.11' }), id)).toEqual([validate(id, fields, { value: ' 192.168.10.11', hint: 'leading-space' }, useValue('advertiseAddress', '192.168.10.11'))]);
      expect(findings(plan({ advertiseAddress: '192.168.10.0/24' }), id)).toEqual([validate(id, fields, { value: '192.168.10.0/24', hint: 'cidr' })]);
      expect(findings(plan({ advertiseAddress: 'cp-1' }), id)).toEqual([validate(id, fields, { value: 'cp-1', hint: 'not-address' })]);
    });
    it('derived from the init node: at that node\'s field, with its name and family, trimmed as the fix', () => {
      const p = withNodes({}, { name: 'w-1', role: 'worker', ipv4: '192.168.10.21', ipv6: '' }, { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11 ', ipv6: 'fd00::11' });
      expect(findings(p, id)).toEqual([validate(id, ['nodes.1.ipv4'], { value: '192.168.10.11 ', hint: 'trailing-space', node: 'cp-1', family: 'IPv4' }, useValue('nodes.1.ipv4', '192.168.10.11'))]);
      const q = withNodes({ primaryFamily: 'ipv6' }, { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: ' fd00::11' });
      expect(findings(q, id)).toEqual([validate(id, ['nodes.0.ipv6'], { value: ' fd00::11', hint: 'leading-space', node: 'cp-1', family: 'IPv6' }, useValue('nodes.0.ipv6', 'fd00::11'))]);
    });
    it('silent when the node field has its own problem, for valid and auto-detected addresses', () => {
      expect(findings(withNodes({}, { name: 'cp-1', role: 'control-plane', ipv4: 'x', ipv6: 'fd00::11' }), id)).toEqual([]);
      expect(findings(plan({ advertiseAddress: 'fd00::11' }), id)).toEqual([]);
      expect(findings(plan({ advertiseAddress: '0.0.0.0' }), id)).toEqual([]);
      expect(findings(plan({ advertiseAddress: '::' }), id)).toEqual([]);
    });
  });

  describe('kubeadm-advertise-address-unusable', () => {
    const id = 'kubeadm-advertise-address-unusable';
    const unusable = (fields: string[], value: string, kind: string) => diag(id, 'error', 'kubeadm-init', fields, { value, kind });
    it.each([
      ['169.254.0.0', 'link-local'],
      ['169.254.255.255', 'link-local'],
      ['fe80::1', 'link-local'],
      ['febf:ffff::1', 'link-local'],
      ['224.0.0.0', 'multicast'],
      ['239.255.255.255', 'multicast'],
      ['ff02::1', 'multicast'],
    ])('explicit %s: %s', (address, kind) => {
      expect(findings(plan({ advertiseAddress: address }), id)).toEqual([unusable(['advertiseAddress'], address, kind)]);
    });
    it.each(['169.253.255.255', '169.255.0.0', '223.255.255.255', '240.0.0.0', 'fec0::1', 'fe7f::1', 'fe00::1', '127.0.0.1', '::1', '10.0.0.1', '::a9fe:1', '::e000:1'])('explicit %s: usable', (address) => {
      expect(findings(plan({ advertiseAddress: address }), id)).toEqual([]);
    });
    it('derived from the init node: at its field, unless kubelet-node-ip-unusable already says so there', () => {
      expect(findings(withNodes({}, { name: 'cp-1', role: 'control-plane', ipv4: '169.254.0.5', ipv6: 'fd00::11' }), id)).toEqual([]);
      const p = withNodes({}, { name: 'cp-1', role: 'control-plane', ipv4: '169.254.0.5', ipv6: 'fd00::11', nodeIp: '192.168.10.11,fd00::11' });
      expect(findings(p, id)).toEqual([unusable(['nodes.0.ipv4'], '169.254.0.5', 'link-local')]);
      // The same value in the other family does not count as flagged.
      const q = withNodes({}, { name: 'cp-1', role: 'control-plane', ipv4: '224.0.0.5', ipv6: 'fd00::11', nodeIp: '::e000:5' });
      expect(findings(q, id).map((d) => d.fields)).toEqual([['nodes.0.ipv4']]);
    });
    it('silent for an address that does not parse', () => {
      expect(findings(plan({ advertiseAddress: 'fe80::1 ' }), id)).toEqual([]);
    });
  });
});

describe('controlPlaneEndpoint', () => {
  describe('kubeadm-control-plane-endpoint-invalid', () => {
    const id = 'kubeadm-control-plane-endpoint-invalid';
    it('a bracketed address without a port: add bindPort', () => {
      expect(findings(plan({ controlPlaneEndpoint: '[fd00::1]', bindPort: 8443 }), id)).toEqual([
        validate(id, ['controlPlaneEndpoint'], { value: '[fd00::1]', hint: 'bracket-without-port', suggestion: '[fd00::1]:8443' }),
      ]);
      expect(findings(plan({ controlPlaneEndpoint: '[]' }), id)[0]!.params).toEqual({ value: '[]', hint: 'bracket-without-port', suggestion: '[]:6443' });
    });
    it.each(['bad_host:6443', 'k8s.example.com:0', 'k8s.example.com:65536', 'k8s.example.com:64x', '[fd00::1]x', 'x[fd00::1]', 'fd00::1:16443'])('%s is invalid', (value) => {
      expect(findings(plan({ controlPlaneEndpoint: value }), id)).toEqual([validate(id, ['controlPlaneEndpoint'], { value, hint: 'invalid', suggestion: '' })]);
    });
    it.each(['', 'k8s.example.com', '10.0.0.1:1', 'k8s.example.com:65535', '[fd00::1]:6443', 'fd00::1'])('%j is valid', (value) => {
      expect(findings(plan({ controlPlaneEndpoint: value }), id)).toEqual([]);
    });
  });

  describe('kubeadm-control-plane-endpoint-ipv6-port', () => {
    const id = 'kubeadm-control-plane-endpoint-ipv6-port';
    const warning = (value: string, port: string, intended: string) => diag(id, 'warning', 'runtime', ['controlPlaneEndpoint'], { value, port, intended });
    it.each([
      ['fd00::1:6443', '6443', '[fd00::1]:6443'],
      ['fd00::1:443', '443', '[fd00::1]:443'],
      ['fd00::1:8443', '8443', '[fd00::1]:8443'],
      ['fd00::6443', '6443', '[fd00::]:6443'],
      ['::6443', '6443', '[::]:6443'],
      ['fd00:1:2:3:4:5:6:6443', '6443', '[fd00:1:2:3:4:5:6:6443]:6443'],
    ])('%s looks like a port', (value, port, intended) => {
      expect(findings(plan({ controlPlaneEndpoint: value }), id)).toEqual([warning(value, port, intended)]);
    });
    it('the bindPort counts as a likely port too', () => {
      expect(findings(plan({ controlPlaneEndpoint: 'fd00::1:1234', bindPort: 1234 }), id)).toEqual([warning('fd00::1:1234', '1234', '[fd00::1]:1234')]);
    });
    it.each(['fd00::1:1234', 'fd00::1:99', 'fd00::1:64430', 'fd00::1:abc', '10.0.0.1', '[fd00::1]:6443', 'k8s.example.com:6443'])('%s is silent', (value) => {
      expect(findings(plan({ controlPlaneEndpoint: value }), id)).toEqual([]);
    });
  });
});
