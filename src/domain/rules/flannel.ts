// Flannel in kube-subnet-mgr mode (what kubeadm users run), by version, as read from flannel-io/flannel's tags v0.15.0–v0.28.9.
import { type Cidr, type CidrParse, containsCidr, formatCidr, parseCidr, parseIp } from '../cidr';
import { nodeFirstPodCidr, nodePodCidrs, podCidrFamilies } from '../cluster';
import { FLANNEL_IPV6_FIRST_CRASH, NEWEST_FLANNEL, type Semver, compareSemver, flannelIn, formatSemver, parseFlannelVersion } from '../versions';
import type { RuleContext } from './context';
import { clip } from './fields';
import type { Finding, PlanFix, Rule } from './types';

const v = (text: string): Semver => parseFlannelVersion(text)!;
const atLeast = (ctx: RuleContext, text: string): boolean => compareSemver(ctx.flannel, v(text)) >= 0;
const inRange = (ctx: RuleContext, from: string, to: string): boolean => flannelIn(ctx.flannel, { from, to });
const version = (ctx: RuleContext): string => formatSemver(ctx.flannel);

// kube AcquireLease keeps IPv6 only for these (pkg/subnet/kube/kube.go: "only vxlan, host-gw and wireguard backends support dual stack now").
const DUAL_STACK_BACKENDS = new Set(['vxlan', 'host-gw', 'wireguard']);
// These take the node's external IPv4 address and panic without one (IPv6-only).
const IPV4_ONLY_PANIC_BACKENDS = new Set(['udp', 'ipip', 'ipsec', 'alloc']);
const WIREGUARD_MODES = new Set(['separate', 'auto', 'ipv4', 'ipv6']);

/** backend.Register names by version: wireguard from v0.16.0; aws-vpc, gce, ali-vpc removed in v0.20.0 (bb657386). */
export function knownBackends(flannel: Semver): Set<string> {
  const names = ['vxlan', 'host-gw', 'udp', 'ipip', 'ipsec', 'alloc', 'extension', 'tencent-vpc'];
  if (compareSemver(flannel, v('0.16.0')) >= 0) names.push('wireguard');
  if (compareSemver(flannel, v('0.20.0')) < 0) names.push('aws-vpc', 'gce', 'ali-vpc');
  return new Set(names);
}

const upgradeFix = (to: string = NEWEST_FLANNEL): PlanFix => ({ label: 'set-flannel-version', params: { version: to }, set: [{ field: 'flannelVersion', value: to }] });

function networkCidr(parse: CidrParse | null): Cidr | null {
  return parse?.ok && !parse.leadingZeros ? parse.cidr : null;
}

/** The pod CIDRs kubeadm hands to the controller manager, when known. */
function podCidr(ctx: RuleContext, family: 'ipv4' | 'ipv6'): Cidr | undefined {
  return ctx.scopes.has('kubeadm') ? ctx.podSubnet.byFamily[family] : undefined;
}

/**
 * Network/IPv6Network that net-conf.json gets from a pod CIDR field (no value read from a file) holding a typo: the
 * pod field's own rule reports it there, so the Flannel rules do not count it a second time.
 */
function derivedFromBadField(ctx: RuleContext, key: 'network' | 'ipv6Network'): boolean {
  return ctx.plan.flannel[key] === undefined && ctx.fieldProblems.has(key === 'network' ? 'podCidr.ipv4' : 'podCidr.ipv6');
}

const podFieldsBad = (ctx: RuleContext): boolean => ctx.fieldProblems.has('podCidr.ipv4') || ctx.fieldProblems.has('podCidr.ipv6');

const podHasOnlyIpv6 = (ctx: RuleContext): boolean =>
  ctx.scopes.has('kubeadm') && !podFieldsBad(ctx) && ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 1 && ctx.podSubnet.firstFamily === 'ipv6';

/** IPv6-only as kubeadm's podSubnet says; without a kubeadm side, as net-conf.json says (EnableIPv4 false, EnableIPv6 true). */
const ipv6OnlyPlan = (ctx: RuleContext): boolean =>
  ctx.scopes.has('kubeadm') ? podHasOnlyIpv6(ctx) : !ctx.netConf.enableIPv4 && ctx.netConf.enableIPv6;

export const flannelRules: Rule[] = [
  {
    id: 'flannel-version-unknown',
    severity: 'warning',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannelVersion'],
    needs: ['flannel'],
    check: (ctx) => {
      const parsed = parseFlannelVersion(ctx.plan.flannelVersion);
      if (parsed && inRange(ctx, '0.15.0', NEWEST_FLANNEL)) return [];
      return [{ params: { value: ctx.plan.flannelVersion, assumed: version(ctx), reason: parsed ? 'out-of-range' : 'unparsable' } }];
    },
  },
  {
    id: 'flannel-network-invalid',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.network', 'flannel.ipv6Network'],
    needs: ['flannel'],
    check: (ctx) => {
      const findings: Finding[] = [];
      const { netConf } = ctx;
      if (netConf.networkParse && !networkCidr(netConf.networkParse) && !derivedFromBadField(ctx, 'network')) findings.push({ fields: ['flannel.network'], params: { key: 'Network', value: netConf.network } });
      if (netConf.ipv6NetworkParse && !networkCidr(netConf.ipv6NetworkParse) && !derivedFromBadField(ctx, 'ipv6Network')) findings.push({ fields: ['flannel.ipv6Network'], params: { key: 'IPv6Network', value: netConf.ipv6Network } });
      return findings;
    },
  },
  {
    id: 'flannel-network-not-ipv4',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.network'],
    needs: ['flannel'],
    check: (ctx) => {
      const network = networkCidr(ctx.netConf.networkParse);
      if (!network || network.family !== 'ipv6' || derivedFromBadField(ctx, 'network')) return [];
      const ipv4 = podCidr(ctx, 'ipv4');
      return [{
        params: { value: ctx.netConf.network, version: version(ctx), outcome: atLeast(ctx, '0.28.9') ? 'error' : 'panic' },
        fixes: [{ label: 'move-to-ipv6network', set: [{ field: 'flannel.ipv6Network', value: ctx.netConf.network }, { field: 'flannel.enableIPv6', value: true }, { field: 'flannel.network', value: ipv4 ? formatCidr(ipv4) : '' }, ...(ipv4 ? [] : [{ field: 'flannel.enableIPv4' as const, value: false }])] }],
      }];
    },
  },
  {
    id: 'flannel-no-stack',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.enableIPv4', 'flannel.enableIPv6'],
    needs: ['flannel'],
    check: (ctx) => (!ctx.netConf.enableIPv4 && !ctx.netConf.enableIPv6 ? [{ params: {} }] : []),
  },
  {
    id: 'flannel-ipv6-network-missing',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.ipv6Network'],
    needs: ['flannel'],
    check: (ctx) => {
      if (!ctx.netConf.enableIPv6 || ctx.netConf.ipv6Network !== '' || derivedFromBadField(ctx, 'ipv6Network')) return [];
      const outcome = atLeast(ctx, '0.20.0') ? 'unchecked' : atLeast(ctx, '0.19.2') ? 'error' : 'panic';
      const ipv6 = podCidr(ctx, 'ipv6');
      return [{ params: { version: version(ctx), outcome }, fixes: ipv6 ? [{ label: 'set-ipv6network', params: { cidr: formatCidr(ipv6) }, set: [{ field: 'flannel.ipv6Network', value: formatCidr(ipv6) }] }] : [] }];
    },
  },
  {
    id: 'flannel-network-missing',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.network'],
    needs: ['flannel'],
    check: (ctx) => {
      if (!ctx.netConf.enableIPv4 || ctx.netConf.network !== '' || podHasOnlyIpv6(ctx) || derivedFromBadField(ctx, 'network')) return [];
      const outcome = !atLeast(ctx, '0.19.2')
        ? 'accepted'
        : inRange(ctx, '0.19.2', '0.19.99')
          ? 'parse-error'
          : inRange(ctx, '0.20.0', '0.20.99')
            ? 'accepted'
            : inRange(ctx, '0.21.0', '0.24.99')
              ? 'no-ipv4-network'
              : inRange(ctx, '0.25.0', '0.27.99')
                ? 'accepted'
                : 'not-contained';
      const ipv4 = podCidr(ctx, 'ipv4');
      return [{
        severity: outcome === 'accepted' ? 'warning' : 'error',
        params: { version: version(ctx), outcome, pod: ipv4 ? formatCidr(ipv4) : '' },
        fixes: ipv4 ? [{ label: 'set-network', params: { cidr: formatCidr(ipv4) }, set: [{ field: 'flannel.network', value: formatCidr(ipv4) }] }] : [],
      }];
    },
  },
  {
    id: 'flannel-network-contains-pod-cidr',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.network', 'flannel.ipv6Network', 'podCidr.ipv4', 'podCidr.ipv6'],
    needs: ['kubeadm', 'flannel'],
    check: (ctx) => {
      // Until the pod fields are fixed, the pod CIDR of a family may be a typo's (an IPv6 CIDR in the IPv4 field).
      if (podFieldsBad(ctx)) return [];
      const findings: Finding[] = [];
      const pairs = [
        ['ipv4', 'Network', 'flannel.network', ctx.netConf.enableIPv4, networkCidr(ctx.netConf.networkParse)],
        ['ipv6', 'IPv6Network', 'flannel.ipv6Network', ctx.netConf.enableIPv6, networkCidr(ctx.netConf.ipv6NetworkParse)],
      ] as const;
      for (const [family, key, field, enabled, network] of pairs) {
        const pod = podCidr(ctx, family);
        if (!enabled || !pod || !network || network.family !== family || containsCidr(network, pod)) continue;
        findings.push({
          severity: atLeast(ctx, '0.18.0') ? 'error' : 'warning',
          fields: [field, `podCidr.${family}`],
          params: { key, network: formatCidr(network), pod: formatCidr(pod), version: version(ctx), outcome: atLeast(ctx, '0.18.0') ? 'error' : 'masquerade' },
          fixes: [{ label: 'set-network', params: { cidr: formatCidr(pod) }, set: [{ field, value: formatCidr(pod) }] }],
        });
      }
      return findings;
    },
  },
  {
    id: 'flannel-ipv6-first-podsubnet',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['podCidr', 'flannelVersion'],
    versions: { flannel: FLANNEL_IPV6_FIRST_CRASH },
    // kubeadm's podSubnet order, or (scope "cluster") the order kube-controller-manager already gave the nodes.
    needs: ['flannel'],
    check: (ctx) => {
      if (!ctx.netConf.enableIPv4) return [];
      // Nodes whose spec.podCIDR is IPv6 while they hold an IPv4 block too: their order is fixed, whatever podSubnet says now.
      const ipv6First = ctx.cluster.nodes.flatMap((node, index) => {
        const first = parseCidr(nodeFirstPodCidr(node), 'lenient');
        return first.ok && first.cidr.family === 'ipv6' && podCidrFamilies(node).includes('ipv4') ? [{ node, index }] : [];
      });
      if (ipv6First.length) {
        return [{
          fields: [`cluster.nodes.${ipv6First[0]!.index}.podCidrs`, 'flannelVersion'],
          params: {
            version: version(ctx),
            podSubnet: nodePodCidrs(ipv6First[0]!.node).join(','),
            nodes: ipv6First.map(({ node }) => node.name).join(', '),
            source: 'nodes',
            outcome: atLeast(ctx, '0.18.0') ? 'crashloop' : 'panic',
          },
          fixes: [upgradeFix()],
        }];
      }
      const list = ctx.podSubnet;
      if (!(ctx.scopes.has('kubeadm') && list.valid && list.cidrs.length === 2 && list.firstFamily === 'ipv6')) return [];
      const ipv4First = [list.pieces[1]!.text, list.pieces[0]!.text];
      const reorder: PlanFix = ctx.plan.overrides.podSubnet !== undefined
        ? { label: 'put-ipv4-first', set: [{ field: 'overrides.podSubnet', value: ipv4First.join(',') }] }
        : { label: 'put-ipv4-first', set: [{ field: 'overrides.podSubnetOrder', value: ['ipv4', 'ipv6'] }] };
      return [{
        params: { version: version(ctx), podSubnet: list.text, outcome: atLeast(ctx, '0.18.0') ? 'crashloop' : 'panic', ipv4First: ipv4First.join(',') },
        fixes: [upgradeFix(), reorder],
      }];
    },
  },
  {
    id: 'flannel-ipv6-only-unsupported',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannelVersion', 'stack'],
    versions: { flannel: { to: '0.16.3' } },
    needs: ['flannel'],
    check: (ctx) => (ipv6OnlyPlan(ctx) ? [{ params: { version: version(ctx) }, fixes: [upgradeFix()] }] : []),
  },
  {
    id: 'flannel-ipv6-only-enable-ipv4',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.enableIPv4'],
    versions: { flannel: { from: '0.17.0' } },
    needs: ['kubeadm', 'flannel'],
    check: (ctx) => {
      if (!podHasOnlyIpv6(ctx) || !ctx.netConf.enableIPv4) return [];
      const outcome = atLeast(ctx, '0.20.0') ? 'interface' : atLeast(ctx, '0.19.2') ? 'parse-error' : 'panic';
      return [{ params: { version: version(ctx), outcome }, fixes: [{ label: 'disable-ipv4', set: [{ field: 'flannel.enableIPv4', value: false }, { field: 'flannel.network', value: '' }] }] }];
    },
  },
  {
    id: 'flannel-dual-stack-ipv4-only-netconf',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.enableIPv6', 'flannel.ipv6Network'],
    needs: ['kubeadm', 'flannel'],
    check: (ctx) => {
      const ipv6 = podCidr(ctx, 'ipv6');
      if (!ipv6 || !ctx.podSubnet.valid || ctx.podSubnet.cidrs.length !== 2 || ctx.netConf.enableIPv6) return [];
      const fix: PlanFix = { label: 'enable-ipv6', params: { cidr: formatCidr(ipv6) }, set: [{ field: 'flannel.enableIPv6', value: true }, { field: 'flannel.ipv6Network', value: formatCidr(ipv6) }] };
      if (ctx.netConf.ipv6Network !== '') {
        return [{ severity: 'error', params: { version: version(ctx), outcome: 'not-enabled', pod: formatCidr(ipv6) }, fixes: [fix] }];
      }
      const outcome = !atLeast(ctx, '0.18.0')
        ? 'ignored'
        : inRange(ctx, '0.18.0', '0.18.0')
          ? 'panic'
          : inRange(ctx, '0.18.1', '0.20.99')
            ? 'not-in-config'
            : inRange(ctx, '0.21.0', '0.24.99')
              ? 'no-ipv6-network'
              : inRange(ctx, '0.25.0', '0.27.99')
                ? 'panic'
                : 'ignored';
      return [{ severity: outcome === 'ignored' ? 'warning' : 'error', params: { version: version(ctx), outcome, pod: formatCidr(ipv6) }, fixes: [fix] }];
    },
  },
  {
    id: 'flannel-enable-ipv6-without-pod-cidr',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.enableIPv6', 'podCidr.ipv6'],
    needs: ['kubeadm', 'flannel'],
    check: (ctx) => {
      // An emptied or mistyped IPv6 pod field of a dual-stack plan is said at that field.
      if (!ctx.netConf.enableIPv6 || !ctx.podSubnet.valid || ctx.podSubnet.byFamily.ipv6 || podFieldsBad(ctx)) return [];
      const outcome = atLeast(ctx, '0.26.0') ? 'error' : atLeast(ctx, '0.21.0') ? 'panic' : 'panic-unsure';
      return [{ params: { version: version(ctx), outcome }, fixes: [{ label: 'disable-ipv6', set: [{ field: 'flannel.enableIPv6', value: false }, { field: 'flannel.ipv6Network', value: '' }] }] }];
    },
  },
  {
    id: 'flannel-backend-missing',
    severity: 'warning',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.backend.type'],
    needs: ['flannel'],
    check: (ctx) => (ctx.netConf.backendMissing ? [{ params: {}, fixes: [{ label: 'set-backend', params: { type: 'vxlan' }, set: [{ field: 'flannel.backend', value: { type: 'vxlan' } }] }] }] : []),
  },
  {
    id: 'flannel-backend-unknown',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.backend.type'],
    needs: ['flannel'],
    check: (ctx) => {
      const type = ctx.netConf.backendType;
      if (knownBackends(ctx.flannel).has(type)) return [];
      const later = type === 'wireguard' ? 'added-later' : ['aws-vpc', 'gce', 'ali-vpc'].includes(type) ? 'removed' : 'unknown';
      return [{ params: { type: ctx.plan.flannel.backend?.type ?? '', version: version(ctx), reason: later }, fixes: later === 'added-later' ? [upgradeFix()] : [{ label: 'set-backend', params: { type: 'vxlan' }, set: [{ field: 'flannel.backend', value: { type: 'vxlan' } }] }] }];
    },
  },
  {
    id: 'flannel-backend-no-ipv6',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.backend.type'],
    needs: ['flannel'],
    check: (ctx) => {
      const type = ctx.netConf.backendType;
      if (!ctx.netConf.enableIPv6 || DUAL_STACK_BACKENDS.has(type) || !knownBackends(ctx.flannel).has(type)) return [];
      const outcome = !ctx.netConf.enableIPv4 && IPV4_ONLY_PANIC_BACKENDS.has(type) ? 'panic' : 'ipv6-dropped';
      return [{ params: { type, outcome }, fixes: [{ label: 'set-backend', params: { type: 'vxlan' }, set: [{ field: 'flannel.backend', value: { type: 'vxlan' } }] }] }];
    },
  },
  {
    id: 'flannel-wireguard-mode',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.backend.mode'],
    needs: ['flannel'],
    check: (ctx) => {
      const backend = ctx.plan.flannel.backend;
      if (ctx.netConf.backendType !== 'wireguard' || backend?.mode === undefined || backend.mode === '') return [];
      if (!atLeast(ctx, '0.18.0')) return [{ severity: 'warning', params: { mode: backend.mode, version: version(ctx), outcome: 'ignored' } }];
      return WIREGUARD_MODES.has(backend.mode) ? [] : [{ params: { mode: backend.mode, version: version(ctx), outcome: 'error' }, fixes: [{ label: 'set-wireguard-mode', params: { mode: 'separate' }, set: [{ field: 'flannel.backend.mode', value: 'separate' }] }] }];
    },
  },
  {
    id: 'flannel-ipsec-psk',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.backend.psk'],
    needs: ['flannel'],
    check: (ctx) => {
      const psk = ctx.plan.flannel.backend?.psk ?? '';
      return ctx.netConf.backendType === 'ipsec' && psk.length < 96 ? [{ params: { length: psk.length } }] : [];
    },
  },
  {
    id: 'flannel-subnet-options-ignored',
    severity: 'warning',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.subnetLen', 'flannel.subnetMin', 'flannel.subnetMax'],
    versions: { flannel: { from: '0.20.0' } },
    needs: ['flannel'],
    check: (ctx) => {
      const keys = subnetOptionKeys(ctx);
      return keys.length ? [{ params: { keys: keys.join(', '), version: version(ctx) } }] : [];
    },
  },
  {
    id: 'flannel-subnet-options-invalid',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.network', 'flannel.ipv6Network', 'flannel.subnetLen', 'flannel.subnetMin', 'flannel.subnetMax'],
    versions: { flannel: { to: '0.19.99' } },
    needs: ['flannel'],
    check: (ctx) => legacySubnetChecks(ctx).map((message) => ({ params: { message, version: version(ctx) } })),
  },
  {
    id: 'flannel-nftables-unsupported',
    severity: 'warning',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.enableNFTables'],
    versions: { flannel: { to: '0.24.99' } },
    needs: ['flannel'],
    check: (ctx) => (ctx.plan.flannel.enableNFTables ? [{ params: { version: version(ctx) }, fixes: [upgradeFix()] }] : []),
  },
  {
    id: 'flannel-mtu-unsupported',
    severity: 'warning',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.backend.mtu'],
    versions: { flannel: { to: '0.21.2' } },
    needs: ['flannel'],
    check: (ctx) => (ctx.plan.flannel.backend?.mtu !== undefined && ['vxlan', 'wireguard'].includes(ctx.netConf.backendType) ? [{ params: { version: version(ctx) } }] : []),
  },
  {
    id: 'flannel-iface-address-dual-stack',
    severity: 'warning',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.iface'],
    versions: { flannel: { to: '0.27.3' } },
    needs: ['flannel'],
    check: (ctx) =>
      ctx.netConf.enableIPv4 && ctx.netConf.enableIPv6 && parseIp(ctx.plan.flannel.iface, 'lenient').ok
        ? [{ params: { iface: ctx.plan.flannel.iface, version: version(ctx) }, fixes: [upgradeFix()] }]
        : [],
  },
  {
    id: 'flannel-dual-stack-default-routes',
    severity: 'info',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.iface'],
    needs: ['flannel'],
    check: (ctx) => (ctx.netConf.enableIPv4 && ctx.netConf.enableIPv6 && ctx.plan.flannel.iface === '' ? [{ params: {} }] : []),
  },
  {
    id: 'flannel-br-netfilter',
    severity: 'info',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.enableNFTables'],
    versions: { flannel: { from: '0.26.0' } },
    needs: ['flannel'],
    check: (ctx) => (ctx.plan.flannel.enableNFTables ? [] : [{ params: { version: version(ctx), families: [ctx.netConf.enableIPv4 ? 'bridge-nf-call-iptables' : '', ctx.netConf.enableIPv6 ? 'bridge-nf-call-ip6tables' : ''].filter(Boolean).join(', ') } }]),
  },
  // Emitted by the net-conf.json parser, which sees the raw JSON.
  { id: 'flannel-json-invalid', severity: 'error', component: 'flannel', phase: 'runtime', fields: [], needs: ['flannel'] },
  { id: 'flannel-json-type', severity: 'error', component: 'flannel', phase: 'runtime', fields: [], needs: ['flannel'] },
  { id: 'flannel-backend-not-object', severity: 'error', component: 'flannel', phase: 'runtime', fields: ['flannel.backend.type'], needs: ['flannel'] },
  { id: 'flannel-unknown-key', severity: 'warning', component: 'flannel', phase: 'runtime', fields: [], needs: ['flannel'] },
  { id: 'flannel-networks-key', severity: 'warning', component: 'flannel', phase: 'runtime', fields: [], needs: ['flannel'] },
  { id: 'flannel-manifest-version', severity: 'info', component: 'flannel', phase: 'runtime', fields: ['flannelVersion'], needs: ['flannel'] },
];

function subnetOptionKeys(ctx: RuleContext): string[] {
  const f = ctx.plan.flannel;
  const keys: Array<[string, unknown]> = [
    ['SubnetLen', f.subnetLen], ['SubnetMin', f.subnetMin], ['SubnetMax', f.subnetMax],
    ['IPv6SubnetLen', f.ipv6SubnetLen], ['IPv6SubnetMin', f.ipv6SubnetMin], ['IPv6SubnetMax', f.ipv6SubnetMax],
  ];
  return keys.filter(([, value]) => value !== undefined).map(([key]) => key);
}

/** The ≤ v0.19.x ParseConfig checks (flannel subnet/config.go at v0.19.2), returning the fatal messages with their capitalisation. */
export function legacySubnetChecks(ctx: RuleContext): string[] {
  const messages: string[] = [];
  const f = ctx.plan.flannel;
  for (const family of ['ipv4', 'ipv6'] as const) {
    const enabled = family === 'ipv4' ? ctx.netConf.enableIPv4 : ctx.netConf.enableIPv6;
    if (!enabled) continue;
    const name = family === 'ipv4' ? 'Network' : 'IPv6Network';
    const prefix = family === 'ipv4' ? '' : 'IPv6';
    const network = networkCidr(family === 'ipv4' ? ctx.netConf.networkParse : ctx.netConf.ipv6NetworkParse);
    // Empty or unparsable networks are reported by their own rules.
    if (!network || network.family !== family) continue;
    const bits = family === 'ipv4' ? 32 : 128;
    const maxLen = family === 'ipv4' ? 30 : 126;
    const explicitLen = family === 'ipv4' ? f.subnetLen : f.ipv6SubnetLen;
    let subnetLen: number;
    if (explicitLen !== undefined && explicitLen > 0) {
      if (explicitLen > maxLen) {
        messages.push(`SubnetLen must be less than /${maxLen + 1}`);
        continue;
      }
      if (explicitLen < network.prefix + 2) {
        messages.push('Network must be able to accommodate at least four subnets');
        continue;
      }
      subnetLen = explicitLen;
    } else {
      const tooSmall = family === 'ipv4' ? 28 : 124;
      if (network.prefix > tooSmall) {
        messages.push(`${name} is too small. Minimum useful network prefix is /${tooSmall}`);
        continue;
      }
      subnetLen = network.prefix <= (family === 'ipv4' ? 22 : 62) ? (family === 'ipv4' ? 24 : 64) : network.prefix + 2;
    }
    const step = 1n << BigInt(bits - subnetLen);
    for (const [key, value] of [[`${prefix}SubnetMin`, family === 'ipv4' ? f.subnetMin : f.ipv6SubnetMin], [`${prefix}SubnetMax`, family === 'ipv4' ? f.subnetMax : f.ipv6SubnetMax]] as const) {
      if (value === undefined) continue;
      const ip = parseIp(value, 'lenient');
      if (!ip.ok || ip.ip.family !== family) {
        if (family === 'ipv4') messages.push('Invalid IP address format');
        continue;
      }
      const end = network.base + (1n << BigInt(bits - network.prefix)) - 1n;
      if (ip.ip.value < network.base || ip.ip.value > end) messages.push(`${key} is not in the range of the ${name}`);
      else if ((ip.ip.value - network.base) % step !== 0n) messages.push(`${key} is not on a SubnetLen boundary: ${value}`);
    }
  }
  return messages;
}

// Field limits (issue 17): values Linux or Flannel refuse, said at the field where they are typed. The renderers
// write them as typed, so kube-flannel refuses them too, never a silent default.

/** Linux include/uapi/linux/if.h IFNAMSIZ: 16 bytes with the terminating NUL. */
const IFNAMSIZ = 16;
/** Linux drivers/net/vxlan/vxlan_core.c vxlan_validate: VXLAN_N_VID, 2^24 ("VXLAN ID must be lower than 16777216"). */
const VXLAN_N_VID = 2 ** 24;
/** Flannel subtracts these from Backend MTU for its devices and subnet.env FLANNEL_MTU: vxlan device.go / vxlan_network.go encapOverhead, wireguard_network.go overhead. */
const MTU_OVERHEAD: Record<string, number> = { vxlan: 50, wireguard: 80 };
// RFC 8200 section 5: every IPv6 link has an MTU of at least 1280. RFC 791: every IPv4 module forwards 68 octets unfragmented.
const MIN_LINK_MTU = { ipv4: 68, ipv6: 1280 } as const;
/** Linux vxlan_validate: a VXLAN device's MTU is 68..65535 (ETH_MIN_MTU..ETH_MAX_MTU). */
const VXLAN_MAX_DEVICE_MTU = 65535;

/** UTF-8 bytes of a string, as the kernel sees a name (a lone surrogate as U+FFFD). */
function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    let cp = char.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

// Linux lib/ctype.c isspace: \t \n \v \f \r, space and 0xA0 (a byte of some UTF-8 characters, e.g. "à").
const KERNEL_SPACE = new Set([9, 10, 11, 12, 13, 32, 0xa0]);

/**
 * Why Linux could never have an interface of this name (net/core/dev.c dev_valid_name), or null: empty, 16 bytes or
 * more, "." or "..", a "/", ":" or white space.
 */
export function interfaceNameProblem(name: string): { hint: string; bytes: number } | null {
  const bytes = utf8(name);
  if (bytes.length === 0) return { hint: 'empty', bytes: 0 };
  if (bytes.length >= IFNAMSIZ) return { hint: 'too-long', bytes: bytes.length };
  if (name === '.' || name === '..') return { hint: 'dot', bytes: bytes.length };
  if (bytes.some((b) => KERNEL_SPACE.has(b))) return { hint: 'space', bytes: bytes.length };
  if (bytes.includes(0x2f)) return { hint: 'slash', bytes: bytes.length };
  if (bytes.includes(0x3a)) return { hint: 'colon', bytes: bytes.length };
  return null;
}

export const flannelFieldRules: Rule[] = [
  {
    id: 'flannel-vxlan-vni',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.backend.vni'],
    needs: ['flannel'],
    check: (ctx) => {
      const vni = ctx.plan.flannel.backend?.vni;
      if (ctx.netConf.backendType !== 'vxlan' || vni === undefined) return [];
      // Go's encoding/json refuses a fraction for the int VNI (parseVXLANConfig: "error decoding VXLAN backend config").
      if (!Number.isInteger(vni)) return [{ params: { value: String(vni), hint: 'not-integer' } }];
      if (vni < 0 || vni >= VXLAN_N_VID) return [{ params: { value: String(vni), hint: 'range', max: VXLAN_N_VID - 1 } }];
      // vxlan.go names the devices flannel.<VNI> and flannel-v6.<VNI>; Linux refuses a name of IFNAMSIZ bytes or more.
      const names = [ctx.netConf.enableIPv4 ? `flannel.${vni}` : '', ctx.netConf.enableIPv6 ? `flannel-v6.${vni}` : ''];
      const long = names.find((name) => name.length >= IFNAMSIZ);
      if (long) return [{ params: { value: String(vni), hint: 'name-too-long', device: long, max: long.startsWith('flannel-v6.') ? 9999 : 9999999 } }];
      return [];
    },
  },
  {
    id: 'flannel-mtu-range',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.backend.mtu'],
    // Before v0.21.3 MTU is ignored (flannel-mtu-unsupported).
    versions: { flannel: { from: '0.21.3' } },
    needs: ['flannel'],
    check: (ctx) => {
      const mtu = ctx.plan.flannel.backend?.mtu;
      const type = ctx.netConf.backendType;
      // Own keys only: a Type such as "constructor" (from a link or a file) reads no MTU.
      const overhead = Object.prototype.hasOwnProperty.call(MTU_OVERHEAD, type) ? MTU_OVERHEAD[type] : undefined;
      if (mtu === undefined || overhead === undefined) return [];
      if (!Number.isInteger(mtu)) return [{ params: { value: String(mtu), hint: 'not-integer', type } }];
      const family = ctx.netConf.enableIPv6 ? 'ipv6' : 'ipv4';
      const min = MIN_LINK_MTU[family] + overhead;
      if (mtu < min) return [{ params: { value: mtu, hint: 'too-small', type, overhead, inner: mtu - overhead, link: MIN_LINK_MTU[family], min, family: family === 'ipv6' ? 'IPv6' : 'IPv4' } }];
      // The node's own interface MTU is the practical maximum; Flannel cannot know it here. No source gives wireguard a
      // fixed maximum, so only vxlan's kernel limit is checked.
      if (type === 'vxlan' && mtu - overhead > VXLAN_MAX_DEVICE_MTU) return [{ params: { value: mtu, hint: 'too-large', type, overhead, inner: mtu - overhead, max: VXLAN_MAX_DEVICE_MTU + overhead } }];
      return [];
    },
  },
  {
    id: 'flannel-iface-invalid',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.iface'],
    needs: ['flannel'],
    check: (ctx) => {
      const iface = ctx.plan.flannel.iface;
      // ipmatch.LookupExtIface takes --iface as an IP first (net.ParseIP), then as a name (net.InterfaceByName).
      if (iface === '' || parseIp(iface, 'lenient').ok) return [];
      const problem = interfaceNameProblem(iface);
      return problem ? [{ params: { value: clip(iface), ...problem } }] : [];
    },
  },
];
