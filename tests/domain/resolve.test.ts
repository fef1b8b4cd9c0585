// The resolved plan (resolve.ts): the one capacity formula at its edges, and what the page, the files and check read.
import { describe, expect, it } from 'vitest';
import { FAMILIES, parseCidrList } from '../../src/domain/cidr';
import { nodeCapacity, resolvePlan } from '../../src/domain/resolve';
import { plan } from '../helpers';

/** The capacity of a plan as the file comments list it: per family of podSubnet, IPv4 first. */
const capacities = (p: ReturnType<typeof plan>) => FAMILIES.flatMap((family) => resolvePlan(p).capacity[family] ?? []);

describe('capacity (moved from plan.ts nodeCapacity and nodeMaskNumber)', () => {
  it('capacity: nodes = 2^(mask − prefix), pod IPs per node = 2^(bits − mask) − 2', () => {
    expect(capacities(plan()).map((c) => [c.family, String(c.nodeBlocks), String(c.podIpsPerNode)])).toEqual([
      ['ipv4', '256', '254'],
      ['ipv6', '256', String((1n << 64n) - 2n)],
    ]);
  });

  it('nodeCapacity: the families of podSubnet whose mask lies between the prefix of the entry and the width, 64 bits of blocks at most', () => {
    const cap = (patch: Parameters<typeof plan>[0]) => capacities(plan(patch)).map((c) => [c.family, c.podPrefix, c.nodeMask, String(c.nodeBlocks), String(c.podIpsPerNode)]);
    expect(cap({ stack: 'ipv4' })).toEqual([['ipv4', 16, 24, '256', '254']]);
    expect(cap({ podCidr: { ipv4: '10.244.0.0/24', ipv6: 'x' } })).toEqual([['ipv4', 24, 24, '1', '254']]);
    expect(cap({ podCidr: { ipv4: 'fd00::/56', ipv6: 'fd00::/56' } })).toEqual([['ipv6', 56, 64, '256', String((1n << 64n) - 2n)]]);
    expect(cap({ nodeMask: { ipv4: '15', ipv6: '129' } })).toEqual([]);
    // Changed with the one formula (issue 19): podSubnet is what kube-controller-manager cuts, so an IPv6 entry typed
    // into the IPv4 field is an IPv6 entry (plan.ts nodeCapacity gave none), and more than 64 bits of blocks is none
    // (it gave 2^72), as the rules and the picture always counted.
    expect(cap({ stack: 'ipv4', podCidr: { ipv4: 'fd00::/16', ipv6: '' } })).toEqual([['ipv6', 16, 64, String(1n << 48n), String((1n << 64n) - 2n)]]);
    expect(cap({ nodeMask: { ipv4: 'x', ipv6: '128' } })).toEqual([]);
    expect(cap({ nodeMask: { ipv4: 'x', ipv6: '120' } })).toEqual([['ipv6', 56, 120, String(1n << 64n), '254']]);
    // /31 and /32 blocks hold no usable pod address; /30 holds two.
    expect(cap({ stack: 'ipv4', nodeMask: { ipv4: '32', ipv6: '64' } })).toEqual([['ipv4', 16, 32, '65536', '0']]);
    expect(cap({ stack: 'ipv4', nodeMask: { ipv4: '31', ipv6: '64' } })).toEqual([['ipv4', 16, 31, '32768', '0']]);
    expect(cap({ stack: 'ipv4', nodeMask: { ipv4: '30', ipv6: '64' } })).toEqual([['ipv4', 16, 30, '16384', '2']]);
  });

  it('the mask as kube-controller-manager reads the flag: empty is the default, an integer is read, anything else is no capacity', () => {
    const mask = (ipv4: string, ipv6: string, family: 'ipv4' | 'ipv6') => resolvePlan(plan({ nodeMask: { ipv4, ipv6 } })).capacity[family]?.nodeMask ?? null;
    expect(mask('', ' ', 'ipv4')).toBe(24);
    expect(mask('', ' ', 'ipv6')).toBe(64);
    expect(mask(' 26 ', '120', 'ipv4')).toBe(26);
    expect(mask('26', '120', 'ipv6')).toBe(120);
    for (const bad of ['1234', '-1', '2a', '24.0', '2 4']) expect(mask(bad, '64', 'ipv4'), bad).toBeNull();
    // Changed with the one formula (issue 19): strconv reads "+24" and "0024" as 24 (plan.ts nodeMaskNumber did not).
    expect(mask('+24', '64', 'ipv4')).toBe(24);
    expect(mask('0024', '64', 'ipv4')).toBe(24);
  });
});

describe('nodeCapacity at its edges', () => {
  const list = parseCidrList;
  const none = list('');
  it('/0 pod CIDRs, masks equal to the prefix, and masks at the width', () => {
    expect(nodeCapacity(list('0.0.0.0/0'), none, 0, 'ipv4')).toMatchObject({ podPrefix: 0, nodeMask: 0, nodeBlocks: 1n, usableBlocks: 1n, podIpsPerNode: (1n << 32n) - 2n });
    expect(nodeCapacity(list('0.0.0.0/0'), none, 32, 'ipv4')).toMatchObject({ nodeBlocks: 1n << 32n, podIpsPerNode: 0n });
    expect(nodeCapacity(list('::/0'), none, 64, 'ipv6')).toMatchObject({ nodeBlocks: 1n << 64n });
    expect(nodeCapacity(list('::/0'), none, 65, 'ipv6')).toBeNull();
    expect(nodeCapacity(list('10.0.0.1/32'), none, 32, 'ipv4')).toMatchObject({ podCidr: '10.0.0.1/32', nodeBlocks: 1n, podIpsPerNode: 0n });
    expect(nodeCapacity(list('10.0.0.0/30'), none, 30, 'ipv4')).toMatchObject({ nodeBlocks: 1n, podIpsPerNode: 2n });
  });
  it('a mask shorter than the prefix, longer than the address, or not a number: no capacity', () => {
    expect(nodeCapacity(list('10.0.0.0/16'), none, 15, 'ipv4')).toBeNull();
    expect(nodeCapacity(list('10.0.0.0/16'), none, 16, 'ipv4')).toMatchObject({ nodeBlocks: 1n });
    expect(nodeCapacity(list('10.0.0.0/31'), none, 33, 'ipv4')).toBeNull();
    expect(nodeCapacity(list('fd00::/120'), none, 129, 'ipv6')).toBeNull();
    expect(nodeCapacity(list('10.0.0.0/16'), none, null, 'ipv4')).toBeNull();
    expect(nodeCapacity(list('10.0.0.0/16'), none, 24, 'ipv6')).toBeNull();
  });
  it('the first entry of the family counts, IPv6 first or among three entries; the entry as written', () => {
    const three = list('fd00::/56,10.244.1.0/16,10.1.0.0/24');
    expect(nodeCapacity(three, none, 24, 'ipv4')).toMatchObject({ podCidr: '10.244.1.0/16', podPrefix: 16, nodeBlocks: 256n });
    expect(nodeCapacity(three, none, 64, 'ipv6')).toMatchObject({ podCidr: 'fd00::/56', nodeBlocks: 256n });
  });
  it('blocks a Service CIDR overlaps are not handed out', () => {
    expect(nodeCapacity(list('10.0.0.0/16'), list('10.0.5.0/24'), 24, 'ipv4')).toMatchObject({ nodeBlocks: 256n, usableBlocks: 255n });
    expect(nodeCapacity(list('10.0.0.0/16'), list('10.0.0.0/12'), 24, 'ipv4')).toMatchObject({ usableBlocks: 0n });
    expect(nodeCapacity(list('10.0.0.0/16'), list('fd00::/112,10.0.4.0/22'), 24, 'ipv4')).toMatchObject({ usableBlocks: 252n });
  });
});

describe('resolvePlan reads overrides.podSubnet, as kubeadm does', () => {
  it('three entries, IPv6 first: the first entry of each family, IPv4 first in the list of families', () => {
    const p = plan({ overrides: { podSubnet: 'fd00:1::/56,10.1.0.0/16,10.2.0.0/16' } });
    const resolved = resolvePlan(p);
    expect(resolved.podSubnet).toMatchObject({ valid: false, firstFamily: 'ipv6' });
    expect(capacities(p).map((c) => [c.family, c.podCidr, String(c.nodeBlocks)])).toEqual([
      ['ipv4', '10.1.0.0/16', '256'],
      ['ipv6', 'fd00:1::/56', '256'],
    ]);
  });
  it('the override, not the per-family fields (plan.ts nodeCapacity read the fields)', () => {
    const p = plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56' }, overrides: { podSubnet: '10.244.0.0/20,fd00:10:244::/60' } });
    expect(capacities(p).map((c) => [c.family, c.podCidr, String(c.nodeBlocks)])).toEqual([
      ['ipv4', '10.244.0.0/20', '16'],
      ['ipv6', 'fd00:10:244::/60', '16'],
    ]);
  });
  it('the mask of the controller-manager flag a file gave', () => {
    const p = plan({ nodeMask: { ipv4: '', ipv6: '' }, overrides: { controllerManagerArgs: { 'node-cidr-mask-size-ipv4': '26' } } });
    expect(resolvePlan(p).capacity.ipv4).toMatchObject({ nodeMask: 26, nodeBlocks: 1024n });
  });
  it('the Service IPs and the primary Service family come from the first serviceSubnet entry', () => {
    expect(resolvePlan(plan({ primaryFamily: 'ipv6' }))).toMatchObject({ primaryServiceFamily: 'ipv6', serviceIps: { kubernetes: 'fd00:10:96::1', dns: 'fd00:10:96::a' } });
    expect(resolvePlan(plan({ overrides: { serviceSubnet: 'x,10.96.0.0/16' } }))).toMatchObject({ primaryServiceFamily: null, serviceIps: { kubernetes: null, dns: null } });
  });
});
