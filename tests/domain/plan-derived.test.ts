// Derived values of a Plan (plan.ts) at their edges: what kubeadm, kubelet and Flannel will read.
import { describe, expect, it } from 'vitest';
import {
  clusterDnsIp,
  controllerManagerArgs,
  effectiveAdvertiseAddress,
  effectiveNetConf,
  initNode,
  joinEndpoint,
  joinHostPort,
  kubernetesServiceIp,
  nodeIpText,
  podSubnetOrder,
  podSubnetText,
  powerText,
  primaryServiceFamily,
  serviceSubnetOrder,
  serviceSubnetText,
  stackFamilies,
} from '../../src/domain/plan';
import { plan } from '../helpers';

const cp = (name: string, ipv4: string, ipv6: string) => ({ name, role: 'control-plane' as const, ipv4, ipv6 });
const worker = (name: string, ipv4: string, ipv6: string) => ({ name, role: 'worker' as const, ipv4, ipv6 });

describe('stack and order', () => {
  it('stackFamilies: single stacks have one family whatever the primary; dual lists the primary first', () => {
    expect(stackFamilies({ stack: 'ipv4', primaryFamily: 'ipv6' })).toEqual(['ipv4']);
    expect(stackFamilies({ stack: 'ipv6', primaryFamily: 'ipv4' })).toEqual(['ipv6']);
    expect(stackFamilies({ stack: 'dual', primaryFamily: 'ipv4' })).toEqual(['ipv4', 'ipv6']);
    expect(stackFamilies({ stack: 'dual', primaryFamily: 'ipv6' })).toEqual(['ipv6', 'ipv4']);
  });

  it('an order override counts only when it lists exactly the stack families', () => {
    expect(podSubnetOrder(plan({ overrides: { podSubnetOrder: ['ipv6', 'ipv4'] } }))).toEqual(['ipv6', 'ipv4']);
    expect(podSubnetOrder(plan({ stack: 'ipv4', overrides: { podSubnetOrder: ['ipv6', 'ipv4'] } }))).toEqual(['ipv4']);
    expect(podSubnetOrder(plan({ stack: 'ipv4', overrides: { podSubnetOrder: ['ipv6'] } }))).toEqual(['ipv4']);
    expect(podSubnetOrder(plan({ overrides: { podSubnetOrder: ['ipv6', 'ipv6'] } }))).toEqual(['ipv4', 'ipv6']);
    expect(serviceSubnetOrder(plan({ overrides: { serviceSubnetOrder: ['ipv6', 'ipv4'] } }))).toEqual(['ipv6', 'ipv4']);
    expect(serviceSubnetOrder(plan({ stack: 'ipv6', primaryFamily: 'ipv6', overrides: { serviceSubnetOrder: ['ipv4'] } }))).toEqual(['ipv6']);
    expect(serviceSubnetOrder(plan({ overrides: { serviceSubnetOrder: ['ipv4', 'ipv4'] } }))).toEqual(['ipv4', 'ipv6']);
    expect(serviceSubnetOrder(plan({ primaryFamily: 'ipv6' }))).toEqual(['ipv6', 'ipv4']);
  });

  it('comma lists skip empty entries; verbatim overrides win', () => {
    expect(podSubnetText(plan({ podCidr: { ipv4: '', ipv6: 'fd00::/56' } }))).toBe('fd00::/56');
    expect(serviceSubnetText(plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: '' } }))).toBe('10.96.0.0/16');
    expect(serviceSubnetText(plan({ overrides: { serviceSubnet: ' x ' } }))).toBe(' x ');
    expect(podSubnetText(plan({ overrides: { podSubnet: '' } }))).toBe('');
    expect(serviceSubnetText(plan({ overrides: { serviceSubnetOrder: ['ipv6', 'ipv4'] } }))).toBe('fd00:10:96::/112,10.96.0.0/16');
  });

  it('node-ip: verbatim when read from a file, else the stack families in order without empty ones', () => {
    const p = plan({ stack: 'ipv4' });
    expect(nodeIpText(p, { ...p.nodes[0]!, nodeIp: ' a ' })).toBe(' a ');
    expect(nodeIpText(p, p.nodes[0]!)).toBe('192.168.10.11');
    expect(nodeIpText(plan(), worker('w', '', 'fd00::1'))).toBe('fd00::1');
    expect(nodeIpText(plan(), worker('w', '', ''))).toBe('');
  });
});

describe('addresses', () => {
  it('initNode: the first control-plane node, else the first node, else none', () => {
    expect(initNode(plan({ nodes: [worker('w', '1.1.1.1', ''), cp('c1', '2.2.2.2', ''), cp('c2', '3.3.3.3', '')] }))?.name).toBe('c1');
    expect(initNode(plan({ nodes: [worker('w1', '', ''), worker('w2', '', '')] }))?.name).toBe('w1');
    expect(initNode(plan({ nodes: [] }))).toBeUndefined();
  });

  it('primaryServiceFamily: the family of the first serviceSubnet entry that parses, else null', () => {
    expect(primaryServiceFamily(plan())).toBe('ipv4');
    expect(primaryServiceFamily(plan({ overrides: { serviceSubnet: 'fd00::/112,10.96.0.0/16' } }))).toBe('ipv6');
    expect(primaryServiceFamily(plan({ overrides: { serviceSubnet: 'x,10.96.0.0/16' } }))).toBeNull();
    expect(primaryServiceFamily(plan({ overrides: { serviceSubnet: '' } }))).toBeNull();
  });

  it('effectiveAdvertiseAddress: explicit, or empty when auto-detected, else the init node in the Service family', () => {
    expect(effectiveAdvertiseAddress(plan({ advertiseAddress: '10.0.0.5' }))).toBe('10.0.0.5');
    expect(effectiveAdvertiseAddress(plan({ advertiseAddress: '10.0.0.5', overrides: { advertiseAddressAutoDetect: true } }))).toBe('10.0.0.5');
    expect(effectiveAdvertiseAddress(plan({ overrides: { advertiseAddressAutoDetect: true } }))).toBe('');
    expect(effectiveAdvertiseAddress(plan({ overrides: { advertiseAddressAutoDetect: false } }))).toBe('192.168.10.11');
    expect(effectiveAdvertiseAddress(plan({ overrides: { serviceSubnet: 'fd00::/112' } }))).toBe('fd00:192:168:10::11');
    // No readable Service CIDR: the stack's first family.
    expect(effectiveAdvertiseAddress(plan({ primaryFamily: 'ipv6', overrides: { serviceSubnet: 'x' } }))).toBe('fd00:192:168:10::11');
    expect(effectiveAdvertiseAddress(plan({ nodes: [] }))).toBe('');
  });

  it('Service and DNS IPs come from the first Service CIDR; null when it is unreadable or too small', () => {
    expect(kubernetesServiceIp(plan({ overrides: { serviceSubnet: 'x' } }))).toBeNull();
    expect(clusterDnsIp(plan({ overrides: { serviceSubnet: 'x' } }))).toBeNull();
    expect(kubernetesServiceIp(plan({ overrides: { serviceSubnet: '10.96.0.0/29' } }))).toBe('10.96.0.1');
    expect(clusterDnsIp(plan({ overrides: { serviceSubnet: '10.96.0.0/29' } }))).toBeNull();
    expect(clusterDnsIp(plan({ overrides: { serviceSubnet: '10.96.0.0/28' } }))).toBe('10.96.0.10');
    expect(kubernetesServiceIp(plan({ overrides: { serviceSubnet: '10.96.0.1/12,fd00::/112' } }))).toBe('10.96.0.1');
  });

  it('joinHostPort brackets IPv6 only', () => {
    expect(joinHostPort('10.0.0.1', 6443)).toBe('10.0.0.1:6443');
    expect(joinHostPort('fd00::1', 443)).toBe('[fd00::1]:443');
    expect(joinHostPort('api.example', 1)).toBe('api.example:1');
  });

  it('joinEndpoint keeps host:port and [v6]:port, adds the port otherwise, trims, and falls back to the advertise address', () => {
    expect(joinEndpoint(plan({ controlPlaneEndpoint: ' api.example:8443 ' }))).toBe('api.example:8443');
    expect(joinEndpoint(plan({ controlPlaneEndpoint: '[fd00::1]' }))).toBe('[fd00::1]:6443');
    expect(joinEndpoint(plan({ controlPlaneEndpoint: 'fd00::1:6443' }))).toBe('[fd00::1:6443]:6443');
    expect(joinEndpoint(plan({ controlPlaneEndpoint: '   ', bindPort: 7443 }))).toBe('192.168.10.11:7443');
    expect(joinEndpoint(plan({ bindPort: 7443, primaryFamily: 'ipv6' }))).toBe('[fd00:192:168:10::11]:7443');
  });
});

describe('capacity', () => {
  it('powerText writes 2^bits − minus out up to 2^20, as a power above', () => {
    expect(powerText(20)).toBe('1048576');
    expect(powerText(20, 2)).toBe('1048574');
    expect(powerText(21)).toBe('2^21');
    expect(powerText(64, 2)).toBe('2^64-2');
    expect(powerText(0)).toBe('1');
  });
});

describe('what Flannel and kube-controller-manager read', () => {
  it('effectiveNetConf follows the stack, unless the file said otherwise', () => {
    expect(effectiveNetConf(plan())).toEqual({
      enableIPv4: true,
      enableIPv6: true,
      network: '10.244.0.0/16',
      ipv6Network: 'fd00:10:244::/56',
      networkParse: expect.objectContaining({ ok: true, canonical: '10.244.0.0/16' }),
      ipv6NetworkParse: expect.objectContaining({ ok: true, canonical: 'fd00:10:244::/56' }),
      backendType: 'vxlan',
      backendMissing: false,
    });
    expect(effectiveNetConf(plan({ stack: 'ipv6', primaryFamily: 'ipv6' }))).toMatchObject({ enableIPv4: false, enableIPv6: true, network: '', networkParse: null, ipv6Network: 'fd00:10:244::/56' });
    expect(effectiveNetConf(plan({ stack: 'ipv4' }))).toMatchObject({ enableIPv4: true, enableIPv6: false, network: '10.244.0.0/16', ipv6Network: '', ipv6NetworkParse: null });
    expect(effectiveNetConf(plan({ flannel: { enableIPv4: false, enableIPv6: false, network: 'x', ipv6Network: '' } }))).toMatchObject({
      enableIPv4: false,
      enableIPv6: false,
      network: 'x',
      networkParse: { ok: false, error: 'no-prefix' },
      ipv6Network: '',
      ipv6NetworkParse: null,
    });
    expect(effectiveNetConf(plan({ flannel: { backend: null } }))).toMatchObject({ backendType: 'udp', backendMissing: true });
    expect(effectiveNetConf(plan({ flannel: { backend: { type: 'Host-GW' } } }))).toMatchObject({ backendType: 'host-gw', backendMissing: false });
  });

  it('controllerManagerArgs: the file\'s args plus a mask flag per stack family that is set and not the default', () => {
    expect(controllerManagerArgs(plan())).toEqual({});
    expect(controllerManagerArgs(plan({ nodeMask: { ipv4: ' 26 ', ipv6: '80' } }))).toEqual({ 'node-cidr-mask-size-ipv4': '26', 'node-cidr-mask-size-ipv6': '80' });
    expect(controllerManagerArgs(plan({ stack: 'ipv4', nodeMask: { ipv4: '24', ipv6: '80' } }))).toEqual({});
    expect(controllerManagerArgs(plan({ nodeMask: { ipv4: '', ipv6: '64' } }))).toEqual({});
    const args = { 'allocate-node-cidrs': 'false', 'node-cidr-mask-size-ipv6': '72' };
    const p = plan({ nodeMask: { ipv4: '25', ipv6: '64' }, overrides: { controllerManagerArgs: args } });
    expect(controllerManagerArgs(p)).toEqual({ 'allocate-node-cidrs': 'false', 'node-cidr-mask-size-ipv6': '72', 'node-cidr-mask-size-ipv4': '25' });
    expect(p.overrides.controllerManagerArgs).toEqual({ 'allocate-node-cidrs': 'false', 'node-cidr-mask-size-ipv6': '72' });
  });
});
