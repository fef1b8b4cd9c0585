import { describe, expect, it } from 'vitest';
import { clusterDnsIp, joinEndpoint, kubernetesServiceIp, nodeIpText, podSubnetText, serviceSubnetText } from '../../src/domain/plan';
import { plan } from '../helpers';

describe('derived values', () => {
  it('comma lists follow the primary family, with an override for podSubnet', () => {
    expect(podSubnetText(plan())).toBe('10.244.0.0/16,fd00:10:244::/56');
    expect(podSubnetText(plan({ primaryFamily: 'ipv6' }))).toBe('fd00:10:244::/56,10.244.0.0/16');
    expect(serviceSubnetText(plan({ primaryFamily: 'ipv6' }))).toBe('fd00:10:96::/112,10.96.0.0/16');
    expect(podSubnetText(plan({ primaryFamily: 'ipv6', overrides: { podSubnetOrder: ['ipv4', 'ipv6'] } }))).toBe('10.244.0.0/16,fd00:10:244::/56');
    expect(podSubnetText(plan({ stack: 'ipv4' }))).toBe('10.244.0.0/16');
  });
  it('kubernetes Service IP is the 1st and DNS the 10th address of the primary Service CIDR', () => {
    expect([kubernetesServiceIp(plan()), clusterDnsIp(plan())]).toEqual(['10.96.0.1', '10.96.0.10']);
    expect([kubernetesServiceIp(plan({ primaryFamily: 'ipv6' })), clusterDnsIp(plan({ primaryFamily: 'ipv6' }))]).toEqual(['fd00:10:96::1', 'fd00:10:96::a']);
  });
  it('node-ip lists the primary family first', () => {
    const p = plan({ primaryFamily: 'ipv6' });
    expect(nodeIpText(p, p.nodes[0]!)).toBe('fd00:192:168:10::11,192.168.10.11');
  });
  it('join endpoint brackets IPv6 and adds the port', () => {
    expect(joinEndpoint(plan())).toBe('192.168.10.11:6443');
    expect(joinEndpoint(plan({ primaryFamily: 'ipv6' }))).toBe('[fd00:192:168:10::11]:6443');
    expect(joinEndpoint(plan({ controlPlaneEndpoint: 'k8s.example.com' }))).toBe('k8s.example.com:6443');
    expect(joinEndpoint(plan({ controlPlaneEndpoint: '[fd00::1]:443' }))).toBe('[fd00::1]:443');
    expect(joinEndpoint(plan({ controlPlaneEndpoint: 'fd00::1' }))).toBe('[fd00::1]:6443');
  });
});
