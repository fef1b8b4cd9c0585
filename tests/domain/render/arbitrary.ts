// fast-check generators: `validPlan` makes plans without rule errors; `anyPlan` makes any plan the page can hold,
// typed or imported from files, right or wrong.
import fc from 'fast-check';
import type { Family } from '../../../src/domain/cidr';
import { type FlannelBackend, type FlannelPlan, type Plan, type PlanNode, type PlanOverrides, defaultPlan } from '../../../src/domain/plan';
import { KUBERNETES_MINORS } from '../../../src/domain/versions';

const hex = fc.integer({ min: 1, max: 0xffff }).map((n) => n.toString(16));

/** Any Flannel version x.y.z from v0.15.0 to v0.28.9, not only the tags the wizard lists. */
export const flannelVersion = fc.tuple(fc.integer({ min: 15, max: 28 }), fc.integer({ min: 0, max: 9 })).map(([minor, patch]) => `0.${minor}.${patch}`);
const flannelFrom = (minor: number) => fc.tuple(fc.integer({ min: minor, max: 28 }), fc.integer({ min: 0, max: 9 })).map(([m, patch]) => `0.${m}.${m === 20 && patch < 2 ? 2 : patch}`);

export const validPlan: fc.Arbitrary<Plan> = fc
  .record({
    stack: fc.constantFrom('ipv4', 'ipv6', 'dual'),
    primary: fc.constantFrom<Family>('ipv4', 'ipv6'),
    minor: fc.constantFrom(...KUBERNETES_MINORS),
    // v0.20.2+: IPv6 first in podSubnet works, so any primary family is valid.
    flannel: flannelFrom(20),
    pod4: fc.integer({ min: 0, max: 255 }),
    pod6: fc.tuple(hex, hex),
    svc4: fc.integer({ min: 16, max: 31 }),
    svc6: hex,
    mask4: fc.constantFrom('24', '25', '23'),
    mask6: fc.constantFrom('64', '72'),
    swapPodOrder: fc.boolean(),
    workers: fc.array(fc.constantFrom<'worker' | 'control-plane'>('worker', 'control-plane'), { maxLength: 5 }),
    backend: fc.oneof(
      // VNI: over 9999 the IPv6 device name flannel-v6.<VNI> is longer than Linux allows (flannel-vxlan-vni).
      fc.record({ type: fc.constantFrom('vxlan', 'VXLAN', 'Vxlan'), vni: fc.integer({ min: 0, max: 9999 }), port: fc.integer({ min: 1, max: 65535 }), directRouting: fc.boolean() }, { requiredKeys: ['type'] }),
      fc.record({ type: fc.constantFrom('host-gw', 'Host-GW') }),
      fc.record({ type: fc.constantFrom('wireguard', 'WireGuard'), mode: fc.constantFrom('separate', 'auto'), persistentKeepaliveInterval: fc.integer({ min: 0, max: 3600 }) }, { requiredKeys: ['type'] }),
    ),
    nft: fc.boolean(),
    iface: fc.constantFrom('', 'eth0', 'ens3', 'enp0s31f6'),
    endpoint: fc.constantFrom('', 'k8s.example.internal', 'k8s.example.internal:6443'),
    advertiseFromNode: fc.boolean(),
    dnsDomain: fc.constantFrom('cluster.local', 'k8s.internal', 'example.org'),
    bindPort: fc.constantFrom(6443, 8443, 443, 16443),
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
    plan.flannel = { backend: r.backend, enableNFTables: r.nft, iface: r.iface };
    plan.controlPlaneEndpoint = r.endpoint;
    // The init node's address in the primary family, written out instead of followed.
    if (r.advertiseFromNode) plan.advertiseAddress = plan.nodes[0]![plan.primaryFamily];
    plan.dnsDomain = r.dnsDomain;
    plan.bindPort = r.bindPort;
    return plan;
  });

// Text with the characters a link must escape, plus letters from outside ASCII.
const oddText = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '.', ':', '/', '-', '_', ',', ';', '&', '=', '#', '%', '+', ' ', '~', '!', '*', "'", '[', ']', '@', '$', '?', '<', '>', '"', '\\', 'é', '中', '\t'), maxLength: 24 });
const someText = (...examples: string[]) => fc.oneof(fc.constantFrom('', ...examples), oddText);
const cidrText = someText('10.244.0.0/16', 'fd00:10:244::/56', '10.244.0.0/16,fd00:10:244::/56', 'fd00::/8', '10.0.0.1/33', 'banana', '10.1.0.0/16 ');
const ipText = someText('192.168.10.11', 'fd00::11', '::1', '10.0.0.300', 'fe80::1%eth0');
// Any number a number input or a file gives the Plan: integers in and out of range, fractions, NaN, ±Infinity, -0.
const anyNumber = fc.oneof(fc.integer({ min: -1, max: 70000 }), fc.constantFrom(0, 16777215, 16777216, 1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e21), fc.double());

const anyBackend: fc.Arbitrary<FlannelBackend> = fc.record(
  {
    // Every backend Flannel has, odd spellings Flannel also accepts, names it does not know, and no Type at all.
    type: fc.oneof(fc.constantFrom('vxlan', 'VXLAN', 'host-gw', 'Host-GW', 'wireguard', 'WireGuard', 'udp', 'ipip', 'ipsec', 'alloc', 'extension', 'tencent-vpc', 'gce', 'aws-vpc', '', '-', 'bogus'), oddText),
    vni: anyNumber,
    port: anyNumber,
    mtu: anyNumber,
    directRouting: fc.boolean(),
    gbp: fc.boolean(),
    learning: fc.boolean(),
    psk: someText('0123456789abcdef0123456789abcdef'),
    listenPort: anyNumber,
    listenPortV6: anyNumber,
    persistentKeepaliveInterval: anyNumber,
    mode: someText('separate', 'auto', 'ipv4', 'ipv6', 'bogus'),
    udpEncap: fc.boolean(),
    macPrefix: someText('0E-2A', '7E-AA'),
    name: someText('flannel.1', 'vxlan0'),
    espProposal: someText('aes128gcm16-sha256-prfsha256-ecp256'),
  },
  { requiredKeys: ['type'] },
);

const anyNode: fc.Arbitrary<PlanNode> = fc.record(
  {
    name: someText('cp-1', 'worker-1', 'Worker_1', '<script>alert(1)</script>'),
    role: fc.constantFrom<PlanNode['role']>('control-plane', 'worker'),
    ipv4: ipText,
    ipv6: ipText,
    nodeIp: someText('192.168.10.11,fd00::11', 'fd00::11'),
    joinEndpoint: someText('10.0.0.1:6443', '[fd00::1]:6443'),
  },
  { requiredKeys: ['name', 'role', 'ipv4', 'ipv6'] },
);

const anyFlannel: fc.Arbitrary<FlannelPlan> = fc.record(
  {
    backend: fc.option(anyBackend, { nil: null }),
    enableNFTables: fc.boolean(),
    iface: someText('eth0', 'ens3', '192.168.10.11', 'eth0,eth1'),
    network: cidrText,
    ipv6Network: cidrText,
    enableIPv4: fc.boolean(),
    enableIPv6: fc.boolean(),
    subnetLen: anyNumber,
    subnetMin: ipText,
    subnetMax: ipText,
    ipv6SubnetLen: anyNumber,
    ipv6SubnetMin: ipText,
    ipv6SubnetMax: ipText,
  },
  { requiredKeys: ['backend', 'enableNFTables', 'iface'] },
);

const order = fc.constantFrom<Family[]>(['ipv4', 'ipv6'], ['ipv6', 'ipv4'], ['ipv4'], ['ipv6'], []);
const anyOverrides: fc.Arbitrary<PlanOverrides> = fc.record(
  {
    podSubnetOrder: order,
    serviceSubnetOrder: order,
    podSubnet: cidrText,
    serviceSubnet: cidrText,
    controllerManagerArgs: fc.dictionary(someText('allocate-node-cidrs', 'node-cidr-mask-size', 'cluster-cidr', '__proto__'), someText('true', '24'), { maxKeys: 4, noNullPrototype: true }),
    kubeProxyClusterCidr: cidrText,
    cloudProvider: someText('external', 'aws'),
    kubeadmApiVersion: someText('kubeadm.k8s.io/v1beta3', 'kubeadm.k8s.io/v1beta4', 'kubeadm.k8s.io/v1beta2'),
    advertiseAddressAutoDetect: fc.boolean(),
  },
  { requiredKeys: [] },
);

/**
 * Any plan the page can hold: every Kubernetes minor and text around them, every Flannel version v0.15.0–v0.28.9
 * and some outside, every stack and primary family, every backend and option, `--iface`, advertise address, DNS
 * domain, bind port, node roles, the podSubnet order override and the values read from files, right or wrong.
 */
export const anyPlan: fc.Arbitrary<Plan> = fc
  .record({
    kubernetesVersion: fc.oneof(fc.integer({ min: 20, max: 40 }).map((minor) => `1.${minor}`), fc.constantFrom('', 'latest', 'stable-1')),
    flannelVersion: fc.oneof(flannelVersion, fc.constantFrom('0.14.0', '0.29.0', '1.0.0', '', 'latest')),
    stack: fc.constantFrom<Plan['stack']>('ipv4', 'ipv6', 'dual'),
    primaryFamily: fc.constantFrom<Family>('ipv4', 'ipv6'),
    podCidr: fc.record({ ipv4: cidrText, ipv6: cidrText }),
    serviceCidr: fc.record({ ipv4: cidrText, ipv6: cidrText }),
    nodeMask: fc.record({ ipv4: someText('24', '0', '33', '120'), ipv6: someText('64', '129') }),
    dnsDomain: someText('cluster.local', 'k8s.internal', 'Bad_Domain'),
    controlPlaneEndpoint: someText('k8s.example.internal:6443', '[fd00::1]:6443', 'fd00::1'),
    advertiseAddress: ipText,
    bindPort: anyNumber,
    nodes: fc.array(anyNode, { minLength: 1, maxLength: 6 }),
    flannel: anyFlannel,
    overrides: anyOverrides,
  })
  .map((plan) => {
    // The form holds one primary family per single-family stack, as the stack choice sets both.
    if (plan.stack !== 'dual') plan.primaryFamily = plan.stack;
    return plan;
  });
