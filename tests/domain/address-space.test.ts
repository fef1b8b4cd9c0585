// The address-space picture's model (src/domain/address-space.ts): examples a planner would check by hand, and a
// property over random plans whose expectations are computed here with plain bigint arithmetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AddressSpace, type FamilyAddressSpace, addressSpace } from '../../src/domain/address-space';
import type { Family } from '../../src/domain/cidr';
import { type Plan, type PlanNode, defaultPlan } from '../../src/domain/plan';
import { findings, plan } from '../helpers';

const THREE_NODES: PlanNode[] = [
  { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::11' },
  { name: 'worker-1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' },
  { name: 'worker-2', role: 'worker', ipv4: '192.168.10.22', ipv6: 'fd00:192:168:10::22' },
];

const family = (space: AddressSpace, f: Family): FamilyAddressSpace => space.families.find((x) => x.family === f)!;
const blocks = (space: AddressSpace, f: Family) => family(space, f).pod!.cut!.first.map((b) => [b.cidr, b.planned]);

describe('addressSpace: examples', () => {
  it('the default dual-stack plan with three nodes: 256 blocks per family, the first three for the nodes, the Service IPs in the IPv4 range', () => {
    const space = addressSpace(plan({ nodes: THREE_NODES }));
    expect(space.families.map((f) => f.family)).toEqual(['ipv4', 'ipv6']);
    const v4 = family(space, 'ipv4');
    expect(v4.pod).toMatchObject({ cidr: '10.244.0.0/16', prefix: 16, size: 65536n, highlights: [] });
    expect(v4.pod!.cut).toMatchObject({ nodeMask: 24, bits: 8, total: 256n, usable: 256n, blockSize: 256n, occupied: [], used: 3 });
    expect(blocks(space, 'ipv4')).toEqual([['10.244.0.0/24', true], ['10.244.1.0/24', true], ['10.244.2.0/24', true], ['10.244.3.0/24', false]]);
    expect(v4.pod!.cut!.first[1]).toMatchObject({ order: 2n, index: 1n, first: '10.244.1.0', last: '10.244.1.255' });
    expect(v4.pod!.cut!.last).toMatchObject({ order: 256n, index: 255n, cidr: '10.244.255.0/24', planned: false });
    expect(v4.service).toMatchObject({
      cidr: '10.96.0.0/16',
      size: 65536n,
      primary: true,
      kubernetesIp: { offset: 1n, address: '10.96.0.1' },
      dnsIp: { offset: 10n, address: '10.96.0.10' },
      highlights: [],
    });
    expect(v4.nodes.map((n) => [n.node, n.address, n.highlights])).toEqual([['cp-1', '192.168.10.11', []], ['worker-1', '192.168.10.21', []], ['worker-2', '192.168.10.22', []]]);
    const v6 = family(space, 'ipv6');
    expect(blocks(space, 'ipv6')).toEqual([['fd00:10:244::/64', true], ['fd00:10:244:1::/64', true], ['fd00:10:244:2::/64', true], ['fd00:10:244:3::/64', false]]);
    expect(v6.pod!.cut).toMatchObject({ total: 256n, usable: 256n, used: 3 });
    expect(v6.pod!.cut!.last!.cidr).toBe('fd00:10:244:ff::/64');
    // kubeadm takes both addresses from the first Service CIDR only.
    expect(v6.service).toMatchObject({ cidr: 'fd00:10:96::/112', primary: false, kubernetesIp: null, dnsIp: null });
    expect(v6.nodes.map((n) => n.address)).toEqual(['fd00:192:168:10::11', 'fd00:192:168:10::21', 'fd00:192:168:10::22']);
  });

  it('IPv6 first: the Service IPs are in the IPv6 range, the IPv6 family first', () => {
    const space = addressSpace(plan({ primaryFamily: 'ipv6' }));
    expect(space.families.map((f) => f.family)).toEqual(['ipv6', 'ipv4']);
    expect(family(space, 'ipv6').service).toMatchObject({ primary: true, kubernetesIp: { address: 'fd00:10:96::1' }, dnsIp: { address: 'fd00:10:96::a' } });
    expect(family(space, 'ipv4').service).toMatchObject({ primary: false, kubernetesIp: null, dnsIp: null });
  });

  it('an IPv6 /64 with the default /64 mask holds one block; a /80 mask re-cuts it into 65,536', () => {
    const one = addressSpace(plan({ nodes: THREE_NODES, podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/64' } }));
    expect(family(one, 'ipv6').pod!.cut).toMatchObject({ bits: 0, total: 1n, usable: 1n, used: 1 });
    expect(blocks(one, 'ipv6')).toEqual([['fd00:10:244::/64', true]]);
    const recut = addressSpace(plan({ nodes: THREE_NODES, podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/64' }, nodeMask: { ipv4: '24', ipv6: '80' } }));
    expect(family(recut, 'ipv6').pod!.cut).toMatchObject({ nodeMask: 80, bits: 16, total: 65536n, usable: 65536n, used: 3 });
    expect(blocks(recut, 'ipv6')).toEqual([['fd00:10:244::/80', true], ['fd00:10:244:0:1::/80', true], ['fd00:10:244:0:2::/80', true], ['fd00:10:244:0:3::/80', false]]);
    expect(family(recut, 'ipv6').pod!.cut!.last!.cidr).toBe('fd00:10:244:0:ffff::/80');
  });

  it('a Service CIDR inside the pod CIDR takes the blocks it overlaps, which are skipped in the hand-out order, and both ranges are flagged', () => {
    const p = plan({ nodes: THREE_NODES, podCidr: { ipv4: '10.0.0.0/16', ipv6: 'fd00:10:244::/56' }, serviceCidr: { ipv4: '10.0.1.0/24', ipv6: 'fd00:10:96::/112' } });
    const v4 = family(addressSpace(p), 'ipv4');
    expect(v4.pod!.cut).toMatchObject({ total: 256n, usable: 255n, occupied: [{ from: 1n, to: 1n, service: '10.0.1.0/24', blocks: '10.0.1.0/24' }] });
    expect(v4.pod!.cut!.first.map((b) => [b.order, b.cidr])).toEqual([[1n, '10.0.0.0/24'], [2n, '10.0.2.0/24'], [3n, '10.0.3.0/24'], [4n, '10.0.4.0/24']]);
    expect(v4.pod!.cut!.last).toMatchObject({ order: 255n, cidr: '10.0.255.0/24' });
    expect(v4.pod!.cut!.usedRanges).toEqual([{ from: 0n, to: 0n }, { from: 2n, to: 3n }]);
    expect(v4.pod!.highlights).toEqual([{ kind: 'service-overlap', rule: 'cluster-pod-service-overlap', severity: 'warning', range: '10.0.1.0/24' }]);
    expect(v4.service!.highlights).toEqual([{ kind: 'pod-overlap', rule: 'cluster-pod-service-overlap', severity: 'warning', range: '10.0.0.0/16' }]);
    // The same overlap, and the same severity, as the diagnostic.
    expect(findings(p, 'cluster-pod-service-overlap').map((d) => [d.severity, d.params])).toEqual([['warning', { pod: '10.0.0.0/16', service: '10.0.1.0/24', family: 'IPv4' }]]);
  });

  it('a Service CIDR spanning several blocks takes them all; one at the start of the range moves the first block', () => {
    const v4 = family(addressSpace(plan({ podCidr: { ipv4: '10.0.0.0/16', ipv6: 'fd00:10:244::/56' }, serviceCidr: { ipv4: '10.0.0.0/22', ipv6: 'fd00:10:96::/112' } })), 'ipv4');
    expect(v4.pod!.cut).toMatchObject({ usable: 252n, occupied: [{ from: 0n, to: 3n, blocks: '10.0.0.0/24 – 10.0.3.0/24' }] });
    expect(v4.pod!.cut!.first[0]).toMatchObject({ order: 1n, index: 4n, cidr: '10.0.4.0/24', planned: true });
  });

  it('an IPv6 Service /112 inside the pod range costs the whole /64 block it sits in, and says so', () => {
    const v6 = family(addressSpace(plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:244:1::/112' } })), 'ipv6');
    expect(v6.pod!.cut!.occupied).toEqual([{ from: 1n, to: 1n, service: 'fd00:10:244:1::/112', blocks: 'fd00:10:244:1::/64' }]);
  });

  it('a Service CIDR covering the pod CIDR leaves no block: nothing is handed out', () => {
    const v4 = family(addressSpace(plan({ podCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:244::/56' } })), 'ipv4');
    expect(v4.pod!.cut).toMatchObject({ total: 256n, usable: 0n, occupied: [{ from: 0n, to: 255n }], first: [], last: null, used: 0 });
  });

  it('more planned nodes than blocks: every block is used and the count stops at capacity', () => {
    const v6 = family(addressSpace(plan({ nodes: THREE_NODES, podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00::/63' } })), 'ipv6');
    expect(v6.pod!.cut).toMatchObject({ total: 2n, usable: 2n, used: 2 });
    expect(blocks(addressSpace(plan({ nodes: THREE_NODES, podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00::/63' } })), 'ipv6')).toEqual([['fd00::/64', true], ['fd00:0:0:1::/64', true]]);
    expect(v6.pod!.cut!.last).toMatchObject({ order: 2n, planned: true });
  });

  it('lists the blocks up to one past the planned nodes, at least 4 and at most 16', () => {
    const nodes = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `n-${i}`, role: 'worker' as const, ipv4: `192.168.1.${i + 1}`, ipv6: '' }));
    const count = (n: number) => family(addressSpace(plan({ stack: 'ipv4', nodes: nodes(n) })), 'ipv4').pod!.cut!.first.length;
    expect([0, 1, 3, 4, 15, 16, 40].map(count)).toEqual([4, 4, 4, 5, 16, 16, 16]);
  });

  it('allocate-node-cidrs "false": the range is cut but no block is handed to a node', () => {
    const v4 = family(addressSpace(plan({ nodes: THREE_NODES, overrides: { controllerManagerArgs: { 'allocate-node-cidrs': 'false' } } })), 'ipv4');
    expect(v4.allocates).toBe(false);
    expect(v4.pod!.cut).toMatchObject({ used: 0, total: 256n });
    expect(v4.pod!.cut!.first.every((b) => !b.planned)).toBe(true);
  });

  it('reserved and documentation ranges, and node addresses inside a cluster range, carry their rule and severity', () => {
    const p = plan({
      podCidr: { ipv4: '127.0.0.0/16', ipv6: '2001:db8::/56' },
      nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '127.0.3.4', ipv6: '2001:db8:0:1::1' }, { name: 'w', role: 'worker', ipv4: '192.0.2.7', ipv6: 'fd00:10:96::5' }],
    });
    const space = addressSpace(p);
    expect(family(space, 'ipv4').pod!.highlights).toEqual([{ kind: 'reserved', rule: 'cluster-reserved-range', severity: 'error', range: '127.0.0.0/16', special: 'loopback' }]);
    expect(family(space, 'ipv6').pod!.highlights).toEqual([{ kind: 'documentation', rule: 'cluster-documentation-prefix', severity: 'warning', range: '2001:db8::/32' }]);
    expect(family(space, 'ipv4').nodes.map((n) => n.highlights.map((h) => [h.kind, h.severity, h.range]))).toEqual([[['in-pod-range', 'error', '127.0.0.0/16']], [['documentation', 'warning', '192.0.2.0/24']]]);
    expect(family(space, 'ipv6').nodes.map((n) => n.highlights.map((h) => h.kind))).toEqual([['in-pod-range', 'documentation'], ['in-service-range']]);
    expect(findings(p, 'cluster-node-ip-in-cluster-range').map((d) => d.severity)).toEqual(['error', 'error', 'error']);
    expect(findings(p, 'cluster-reserved-range').map((d) => d.severity)).toEqual(['error']);
  });

  it('a field that does not parse leaves its range out; a mask that does not cut leaves the blocks out', () => {
    const space = addressSpace(plan({ podCidr: { ipv4: 'hello', ipv6: 'fd00:10:244::/56' }, serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00::/129' }, nodeMask: { ipv4: '24', ipv6: 'x' } }));
    expect(family(space, 'ipv4').pod).toBeNull();
    expect(family(space, 'ipv4').service).not.toBeNull();
    expect(family(space, 'ipv6').pod!.cut).toBeNull();
    expect(family(space, 'ipv6').service).toBeNull();
    expect(family(addressSpace(plan({ nodeMask: { ipv4: '12', ipv6: '64' } })), 'ipv4').pod!.cut).toBeNull();
    expect(family(addressSpace(plan({ stack: 'ipv6' })), 'ipv6').pod!.cut!.total).toBe(256n);
    expect(addressSpace(plan({ stack: 'ipv6' })).families.map((f) => f.family)).toEqual(['ipv6']);
  });
});

// ---- The property: random dual-stack plans, expectations by bigint arithmetic ----

const BITS = { ipv4: 32, ipv6: 128 } as const;
const mask = (f: Family, prefix: number) => ((1n << BigInt(BITS[f])) - 1n) ^ ((1n << BigInt(BITS[f] - prefix)) - 1n);
/** Written out in full (dotted quad, eight hextets): a form the parser reads, made without the code under test. */
const text = (f: Family, value: bigint): string =>
  f === 'ipv4'
    ? [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join('.')
    : Array.from({ length: 8 }, (_, i) => ((value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');

// Prefixes the checks single out, so random plans hit them: loopback, link-local, multicast, documentation.
const INTERESTING: Record<Family, bigint[]> = {
  ipv4: [0x7f000000n, 0xa9fe0000n, 0xe0000000n, 0xc0000200n, 0x0a000000n],
  ipv6: [0xfe80n << 112n, 0xff00n << 112n, 0x20010db8n << 96n, 0xfd00n << 112n, 1n],
};
// The reserved and documentation ranges, written here again: [family, base, prefix].
const RESERVED: Array<[Family, bigint, number]> = [
  ['ipv4', 0n, 32], ['ipv4', 0x7f000000n, 8], ['ipv4', 0xa9fe0000n, 16], ['ipv4', 0xe0000000n, 4],
  ['ipv6', 0n, 128], ['ipv6', 1n, 128], ['ipv6', 0xfe80n << 112n, 10], ['ipv6', 0xff00n << 112n, 8],
];
const DOCS: Array<[Family, bigint, number]> = [['ipv4', 0xc0000200n, 24], ['ipv4', 0xc6336400n, 24], ['ipv4', 0xcb007100n, 24], ['ipv6', 0x20010db8n << 96n, 32]];

const size = (f: Family, prefix: number) => 1n << BigInt(BITS[f] - prefix);
const rangeOverlap = (aBase: bigint, aSize: bigint, bBase: bigint, bSize: bigint) => aBase <= bBase + bSize - 1n && bBase <= aBase + aSize - 1n;

interface FamilyCase {
  podBase: bigint;
  podPrefix: number;
  maskBits: number;
  svcBase: bigint;
  svcPrefix: number;
  nodes: bigint[];
}

const address = (f: Family) =>
  fc.oneof(
    fc.bigInt({ min: 0n, max: (1n << BigInt(BITS[f])) - 1n }),
    fc.tuple(fc.constantFrom(...INTERESTING[f]), fc.bigInt({ min: 0n, max: 0xffffn })).map(([base, low]) => base + low),
  );

const familyCase = (f: Family): fc.Arbitrary<FamilyCase> =>
  fc
    .record({
      podRaw: address(f),
      podPrefix: f === 'ipv4' ? fc.integer({ min: 4, max: 30 }) : fc.integer({ min: 16, max: 124 }),
      maskBits: fc.integer({ min: 0, max: 20 }),
      svcPrefix: f === 'ipv4' ? fc.integer({ min: 8, max: 32 }) : fc.integer({ min: 40, max: 128 }),
      svcNear: fc.boolean(),
      svcRaw: address(f),
      svcOffset: fc.bigInt({ min: 0n, max: (1n << 40n) - 1n }),
      nodes: fc.array(fc.tuple(fc.constantFrom('random', 'pod', 'service'), address(f), fc.bigInt({ min: 0n, max: 0xffffn })), { maxLength: 4 }),
    })
    .map((r) => {
      const podBase = r.podRaw & mask(f, r.podPrefix);
      const maskBits = Math.min(r.maskBits, BITS[f] - r.podPrefix);
      // Near: somewhere in or around the pod range, so Service and pod ranges overlap often.
      const svcRaw = r.svcNear ? (podBase + (r.svcOffset % (size(f, r.podPrefix) * 2n))) & ((1n << BigInt(BITS[f])) - 1n) : r.svcRaw;
      const svcBase = svcRaw & mask(f, r.svcPrefix);
      const nodes = r.nodes.map(([where, raw, low]) => (where === 'pod' ? podBase + (low % size(f, r.podPrefix)) : where === 'service' ? svcBase + (low % size(f, r.svcPrefix)) : raw));
      return { podBase, podPrefix: r.podPrefix, maskBits, svcBase, svcPrefix: r.svcPrefix, nodes };
    });

function toPlan(primary: Family, cases: Record<Family, FamilyCase>): Plan {
  const p = defaultPlan();
  p.primaryFamily = primary;
  p.podCidr = { ipv4: `${text('ipv4', cases.ipv4.podBase)}/${cases.ipv4.podPrefix}`, ipv6: `${text('ipv6', cases.ipv6.podBase)}/${cases.ipv6.podPrefix}` };
  p.serviceCidr = { ipv4: `${text('ipv4', cases.ipv4.svcBase)}/${cases.ipv4.svcPrefix}`, ipv6: `${text('ipv6', cases.ipv6.svcBase)}/${cases.ipv6.svcPrefix}` };
  p.nodeMask = { ipv4: String(cases.ipv4.podPrefix + cases.ipv4.maskBits), ipv6: String(cases.ipv6.podPrefix + cases.ipv6.maskBits) };
  const count = Math.max(cases.ipv4.nodes.length, cases.ipv6.nodes.length);
  p.nodes = Array.from({ length: count }, (_, i) => ({
    name: `n${i}`,
    role: i === 0 ? 'control-plane' : 'worker',
    ipv4: cases.ipv4.nodes[i] === undefined ? '' : text('ipv4', cases.ipv4.nodes[i]!),
    ipv6: cases.ipv6.nodes[i] === undefined ? '' : text('ipv6', cases.ipv6.nodes[i]!),
  }));
  return p;
}

describe('addressSpace: property over random dual-stack plans', () => {
  it('block count, first and last block, Service IP position and overlap flags agree with bigint arithmetic', () => {
    fc.assert(
      fc.property(fc.constantFrom<Family>('ipv4', 'ipv6'), familyCase('ipv4'), familyCase('ipv6'), (primary, v4, v6) => {
        const cases = { ipv4: v4, ipv6: v6 };
        const p = toPlan(primary, cases);
        const space = addressSpace(p);
        expect(space.families.map((f) => f.family)).toEqual(primary === 'ipv4' ? ['ipv4', 'ipv6'] : ['ipv6', 'ipv4']);
        for (const f of ['ipv4', 'ipv6'] as const) {
          const c = cases[f];
          const model = family(space, f);
          const podSize = size(f, c.podPrefix);
          const svcSize = size(f, c.svcPrefix);
          const overlap = rangeOverlap(c.podBase, podSize, c.svcBase, svcSize);
          // Blocks.
          const total = 1n << BigInt(c.maskBits);
          const blockSize = podSize / total;
          expect(model.pod!.base).toBe(c.podBase);
          const cut = model.pod!.cut!;
          expect(cut.total).toBe(total);
          expect(cut.blockSize).toBe(blockSize);
          // The blocks the Service range takes: from the block of its first address to the block of its last, or all.
          let taken: [bigint, bigint] | null = null;
          if (overlap) taken = c.svcPrefix <= c.podPrefix ? [0n, total - 1n] : [(c.svcBase - c.podBase) / blockSize, (c.svcBase + svcSize - 1n - c.podBase) / blockSize];
          const free = (i: bigint) => !taken || i < taken[0] || i > taken[1];
          expect(cut.usable).toBe(taken ? total - (taken[1] - taken[0] + 1n) : total);
          const expectedFirst: bigint[] = [];
          for (let i = 0n; i < total && expectedFirst.length < cut.first.length; i++) if (free(i)) expectedFirst.push(i);
          expect(cut.first.map((b) => b.index)).toEqual(expectedFirst);
          expect(cut.first.map((b) => b.base)).toEqual(expectedFirst.map((i) => c.podBase + i * blockSize));
          expect(cut.first.map((b) => b.cidr.endsWith(`/${c.podPrefix + c.maskBits}`))).toEqual(expectedFirst.map(() => true));
          expect(cut.first.length).toBe(Number(cut.usable < BigInt(Math.min(Math.max(p.nodes.length + 1, 4), 16)) ? cut.usable : BigInt(Math.min(Math.max(p.nodes.length + 1, 4), 16))));
          let last = total - 1n;
          while (last >= 0n && !free(last)) last--;
          expect(cut.last?.index ?? null).toBe(last >= 0n ? last : null);
          expect(cut.last?.base ?? null).toBe(last >= 0n ? c.podBase + last * blockSize : null);
          expect(cut.used).toBe(Math.min(p.nodes.length, Number(cut.usable < 1000n ? cut.usable : 1000n)));
          // The used blocks, as ranges, are the first `used` free blocks.
          const usedIndices: bigint[] = [];
          for (let i = 0n; i < total && usedIndices.length < cut.used; i++) if (free(i)) usedIndices.push(i);
          expect(cut.usedRanges.flatMap(({ from, to }) => Array.from({ length: Number(to - from + 1n) }, (_, k) => from + BigInt(k)))).toEqual(usedIndices);
          // The Service IPs: 1st and 10th address of the first (primary) Service CIDR.
          const isPrimary = f === primary;
          expect(model.service!.primary).toBe(isPrimary);
          expect(model.service!.kubernetesIp?.value ?? null).toBe(isPrimary && svcSize > 1n ? c.svcBase + 1n : null);
          expect(model.service!.dnsIp?.value ?? null).toBe(isPrimary && svcSize > 10n ? c.svcBase + 10n : null);
          // Overlap flags.
          expect(model.pod!.highlights.some((h) => h.kind === 'service-overlap')).toBe(overlap);
          expect(model.service!.highlights.some((h) => h.kind === 'pod-overlap')).toBe(overlap);
          const hits = (list: Array<[Family, bigint, number]>, base: bigint, s: bigint) => list.filter(([lf, lb, lp]) => lf === f && rangeOverlap(lb, size(f, lp), base, s));
          expect(model.pod!.highlights.some((h) => h.kind === 'reserved')).toBe(hits(RESERVED, c.podBase, podSize).length > 0);
          expect(model.pod!.highlights.some((h) => h.kind === 'documentation')).toBe(hits(DOCS, c.podBase, podSize).length > 0);
          expect(model.service!.highlights.some((h) => h.kind === 'reserved')).toBe(hits(RESERVED, c.svcBase, svcSize).length > 0);
          expect(model.service!.highlights.some((h) => h.kind === 'documentation')).toBe(hits(DOCS, c.svcBase, svcSize).length > 0);
          expect(model.nodes.map((n) => n.value)).toEqual(c.nodes);
          expect(model.nodes.map((n) => n.highlights.map((h) => h.kind))).toEqual(
            c.nodes.map((ip) => [
              ...(rangeOverlap(c.podBase, podSize, ip, 1n) ? ['in-pod-range'] : []),
              ...(rangeOverlap(c.svcBase, svcSize, ip, 1n) ? ['in-service-range'] : []),
              ...(hits(DOCS, ip, 1n).length ? ['documentation'] : []),
            ]),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
