// fast-check generators for valid wizard plans.
import fc from 'fast-check';
import type { Family } from '../../src/domain/cidr';
import { type Plan, defaultPlan } from '../../src/domain/plan';
import { KUBERNETES_MINORS } from '../../src/domain/versions';

const hex = fc.integer({ min: 1, max: 0xffff }).map((n) => n.toString(16));

export const validPlan: fc.Arbitrary<Plan> = fc
  .record({
    stack: fc.constantFrom('ipv4', 'ipv6', 'dual'),
    primary: fc.constantFrom<Family>('ipv4', 'ipv6'),
    minor: fc.constantFrom(...KUBERNETES_MINORS),
    flannel: fc.constantFrom('0.20.2', '0.22.3', '0.25.0', '0.26.7', '0.27.4', '0.28.0', '0.28.9'),
    pod4: fc.integer({ min: 0, max: 255 }),
    pod6: fc.tuple(hex, hex),
    svc4: fc.integer({ min: 16, max: 31 }),
    svc6: hex,
    mask4: fc.constantFrom('24', '25', '23'),
    mask6: fc.constantFrom('64', '72'),
    swapPodOrder: fc.boolean(),
    workers: fc.array(fc.constantFrom<'worker' | 'control-plane'>('worker', 'control-plane'), { maxLength: 5 }),
    backend: fc.constantFrom('vxlan', 'host-gw', 'wireguard'),
    nft: fc.boolean(),
    endpoint: fc.constantFrom('', 'k8s.example.internal', 'k8s.example.internal:6443'),
  })
  .map((r) => {
    const plan = defaultPlan();
    plan.stack = r.stack as Plan['stack'];
    plan.primaryFamily = r.stack === 'ipv4' ? 'ipv4' : r.stack === 'ipv6' ? 'ipv6' : r.primary;
    plan.kubernetesVersion = `1.${r.minor}`;
    plan.flannelVersion = r.flannel;
    plan.podCidr = { ipv4: `10.${r.pod4}.0.0/16`, ipv6: `fd00:${r.pod6[0]}:${r.pod6[1]}::/56` };
    plan.serviceCidr = { ipv4: `172.${r.svc4}.0.0/16`, ipv6: `fd01:${r.svc6}::/112` };
    plan.nodeMask = { ipv4: r.mask4, ipv6: r.mask6 };
    if (r.stack === 'dual' && r.swapPodOrder) plan.overrides.podSubnetOrder = plan.primaryFamily === 'ipv4' ? ['ipv6', 'ipv4'] : ['ipv4', 'ipv6'];
    const ip = (i: number) => ({
      ipv4: r.stack === 'ipv6' ? '' : `192.168.${i}.10`,
      ipv6: r.stack === 'ipv4' ? '' : `fd02::${(i + 1).toString(16)}`,
    });
    plan.nodes = [{ name: 'cp-1', role: 'control-plane', ...ip(0) }, ...r.workers.map((role, i) => ({ name: `node-${i + 2}`, role, ...ip(i + 1) }))];
    plan.flannel = { backend: { type: r.backend }, enableNFTables: r.nft, iface: '' };
    plan.controlPlaneEndpoint = r.endpoint;
    return plan;
  });
