// A node's pod CIDRs as the controller-manager and Flannel read them (src/domain/cluster.ts).
import { describe, expect, it } from 'vitest';
import { type ClusterNode, nodeFirstPodCidr, nodePodCidrs, parsedPodCidrs, podCidrFamilies } from '../../src/domain/cluster';

const node = (podCidr: string, podCidrs: string[]): ClusterNode => ({ name: 'w-1', controlPlane: false, podCidr, podCidrs, internalIps: [], flannel: {} });

describe('nodePodCidrs', () => {
  it('spec.podCIDRs when listed, else spec.podCIDR, else none', () => {
    expect(nodePodCidrs(node('10.244.1.0/24', ['10.244.1.0/24', 'fd00:10:244:1::/64']))).toEqual(['10.244.1.0/24', 'fd00:10:244:1::/64']);
    expect(nodePodCidrs(node('10.244.1.0/24', []))).toEqual(['10.244.1.0/24']);
    expect(nodePodCidrs(node('', []))).toEqual([]);
  });
});

describe('nodeFirstPodCidr (what Flannel before v0.20.2 reads)', () => {
  it('spec.podCIDR, else the first of spec.podCIDRs, else empty', () => {
    expect(nodeFirstPodCidr(node('fd00:10:244:1::/64', ['10.244.1.0/24']))).toBe('fd00:10:244:1::/64');
    expect(nodeFirstPodCidr(node('', ['fd00:10:244:1::/64', '10.244.1.0/24']))).toBe('fd00:10:244:1::/64');
    expect(nodeFirstPodCidr(node('', []))).toBe('');
  });
});

describe('parsedPodCidrs and podCidrFamilies', () => {
  it('read each CIDR as the API server does (host bits allowed); an unreadable one has no family', () => {
    const parsed = parsedPodCidrs(node('', ['10.244.1.5/24', 'nonsense', 'fd00:10:244:1::/64']));
    expect(parsed.map((p) => [p.text, p.cidr?.family ?? null, p.cidr?.prefix ?? null])).toEqual([
      ['10.244.1.5/24', 'ipv4', 24],
      ['nonsense', null, null],
      ['fd00:10:244:1::/64', 'ipv6', 64],
    ]);
    expect(podCidrFamilies(node('', ['fd00:10:244:1::/64', 'nonsense', '10.244.1.0/24']))).toEqual(['ipv6', 'ipv4']);
    expect(podCidrFamilies(node('', []))).toEqual([]);
  });
});
