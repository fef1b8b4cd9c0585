// The plans behind the golden files.
import type { Plan } from '../../../src/domain/plan';
import { plan } from '../../helpers';

const workers = (count: number, start = 21) =>
  Array.from({ length: count }, (_, i) => ({ name: `worker-${i + 1}`, role: 'worker' as const, ipv4: `192.168.10.${start + i}`, ipv6: `fd00:192:168:10::${start + i}` }));

export const GOLDEN_CASES: Record<string, Plan> = {
  'ipv4-only': plan({ stack: 'ipv4', nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: '' }, ...workers(1).map((w) => ({ ...w, ipv6: '' }))] }),
  'ipv6-only': plan({ stack: 'ipv6', primaryFamily: 'ipv6', nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '', ipv6: 'fd00:192:168:10::11' }, ...workers(1).map((w) => ({ ...w, ipv4: '' }))] }),
  'dual-ipv4-primary': plan({ nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::11' }, ...workers(2)] }),
  // The wizard's start with "Dual-stack, IPv6 primary" chosen (e2e/journeys.spec.ts, journey 1).
  'dual-ipv6-primary-one-node': plan({ primaryFamily: 'ipv6' }),
  // The link tests/cli/generate.test.ts passes to `generate --link`.
  'dual-ipv6-primary-one-worker': plan({ primaryFamily: 'ipv6', nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::11' }, ...workers(1)] }),
  'dual-ipv6-primary': plan({ primaryFamily: 'ipv6', nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::11' }, ...workers(2)] }),
  'dual-ipv6-primary-flannel-0.20.1': plan({
    primaryFamily: 'ipv6',
    flannelVersion: '0.20.1',
    overrides: { podSubnetOrder: ['ipv4', 'ipv6'] },
    nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::11' }, ...workers(1)],
  }),
  'kubernetes-1.30-v1beta3': plan({ kubernetesVersion: '1.30', nodeMask: { ipv4: '25', ipv6: '80' }, podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/64' } }),
  'host-gw': plan({ flannel: { backend: { type: 'host-gw' } } }),
  // The interface typed on the Flannel step, and an IPv6 pod range typed non-canonically (issue 17).
  'iface-typed-ipv6-range': plan({ flannel: { iface: 'ens3' }, podCidr: { ipv4: '10.244.0.0/16', ipv6: '2001:db8:42:0::/56' } }),
  wireguard: plan({ flannel: { backend: { type: 'wireguard', mode: 'separate', persistentKeepaliveInterval: 25 }, enableNFTables: true } }),
  'five-nodes-two-control-planes': plan({
    controlPlaneEndpoint: 'k8s-api.example.internal:6443',
    nodes: [
      { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::11' },
      { name: 'cp-2', role: 'control-plane', ipv4: '192.168.10.12', ipv6: 'fd00:192:168:10::12' },
      ...workers(3),
    ],
  }),
};
