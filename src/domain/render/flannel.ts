// Plan → Flannel files: net-conf.json, the kube-flannel-cfg ConfigMap, a kustomization and Helm values.
import { parseCidr } from '../cidr';
import { type FlannelBackend, type Plan, effectiveNetConf } from '../plan';
import { compareSemver, parseFlannelVersion, NEWEST_FLANNEL, formatSemver } from '../versions';
import type { RenderedFile } from './types';
import { generatedHeader } from './header';
import type { RenderWords } from './words';
import { renderWordsEn } from './words.en';
import { renderYaml } from './yaml-writer';
import { dump } from 'js-yaml';

/** A CIDR as net-conf.json and the Helm values write it (canonical); text that does not parse stays as it is. */
export const canonical = (text: string): string => {
  const parsed = parseCidr(text, 'lenient');
  return parsed.ok ? parsed.canonical : text;
};

function flannelVersion(plan: Plan) {
  return parseFlannelVersion(plan.flannelVersion) ?? parseFlannelVersion(NEWEST_FLANNEL)!;
}
const atLeast = (plan: Plan, version: string): boolean => compareSemver(flannelVersion(plan), parseFlannelVersion(version)!) >= 0;
export const flannelTag = (plan: Plan): string => `v${formatSemver(flannelVersion(plan))}`;

/** kube-flannel from v0.19.0 (commit d6ad1c1e), kube-system before. */
export const flannelNamespace = (plan: Plan): string => (atLeast(plan, '0.19.0') ? 'kube-flannel' : 'kube-system');

// JSON keys Flannel's backends read (pkg/backend/*), in the order we write them.
const BACKEND_JSON: Array<[keyof FlannelBackend, string]> = [
  ['vni', 'VNI'],
  ['port', 'Port'],
  ['mtu', 'MTU'],
  ['gbp', 'GBP'],
  ['learning', 'Learning'],
  ['directRouting', 'DirectRouting'],
  ['listenPort', 'ListenPort'],
  ['listenPortV6', 'ListenPortV6'],
  ['persistentKeepaliveInterval', 'PersistentKeepaliveInterval'],
  ['mode', 'Mode'],
  ['psk', 'PSK'],
  ['udpEncap', 'UDPEncap'],
  ['espProposal', 'ESPProposal'],
  ['macPrefix', 'MacPrefix'],
  ['name', 'Name'],
];

/** The net-conf.json object Flannel should read for this plan. */
export function netConfObject(plan: Plan): Record<string, unknown> {
  const net = effectiveNetConf(plan);
  const conf: Record<string, unknown> = {};
  if (net.enableIPv4 && net.network !== '') conf.Network = canonical(net.network);
  if (!net.enableIPv4) conf.EnableIPv4 = false;
  if (net.enableIPv6) {
    conf.EnableIPv6 = true;
    if (net.ipv6Network !== '') conf.IPv6Network = canonical(net.ipv6Network);
  }
  // EnableNFTables exists from v0.25.0 (commit f244861a); the upstream manifest writes it explicitly since then.
  if (atLeast(plan, '0.25.0')) conf.EnableNFTables = plan.flannel.enableNFTables;
  if (plan.flannel.backend !== null) {
    const backend: Record<string, unknown> = { Type: plan.flannel.backend.type };
    for (const [field, key] of BACKEND_JSON) {
      const value = plan.flannel.backend[field];
      if (value !== undefined && value !== '') backend[key] = value;
    }
    conf.Backend = backend;
  }
  for (const [field, key] of [['subnetLen', 'SubnetLen'], ['subnetMin', 'SubnetMin'], ['subnetMax', 'SubnetMax'], ['ipv6SubnetLen', 'IPv6SubnetLen'], ['ipv6SubnetMin', 'IPv6SubnetMin'], ['ipv6SubnetMax', 'IPv6SubnetMax']] as const) {
    if (plan.flannel[field] !== undefined) conf[key] = plan.flannel[field];
  }
  return conf;
}

export function netConfText(plan: Plan): string {
  return `${JSON.stringify(netConfObject(plan), null, 2)}\n`;
}

function netConfAnnotations(plan: Plan, text: string, words: RenderWords, offset = 0): RenderedFile['annotations'] {
  const net = effectiveNetConf(plan);
  const lineOf = (key: string): number | null => {
    const index = text.split('\n').findIndex((line) => line.trimStart().startsWith(`"${key}"`));
    return index < 0 ? null : index + 1 + offset;
  };
  const notes: Array<[string, string, string]> = [];
  if (net.enableIPv6 && net.enableIPv4) {
    notes.push(['IPv6Network', words.netConfDualStack, 'net-conf-dual-stack']);
  }
  if (!net.enableIPv4) notes.push(['EnableIPv4', words.netConfIpv6Only, 'net-conf-ipv6-only']);
  notes.push(['Backend', words.netConfBackend(plan.flannel.backend?.type ?? null), 'net-conf-backend']);
  return notes.flatMap(([key, annotation, topic]) => {
    const line = lineOf(key);
    return line ? [{ line, text: annotation, topic }] : [];
  });
}

export function renderNetConf(plan: Plan, words: RenderWords = renderWordsEn): RenderedFile {
  const content = netConfText(plan);
  return { name: 'net-conf.json', content, mediaType: 'application/json', annotations: netConfAnnotations(plan, content, words) };
}

// Documentation/kube-flannel.yml cni-conf.json, unchanged since before v0.15.
const CNI_CONF = {
  name: 'cbr0',
  cniVersion: '0.3.1',
  plugins: [
    { type: 'flannel', delegate: { hairpinMode: true, isDefaultGateway: true } },
    { type: 'portmap', capabilities: { portMappings: true } },
  ],
};

export function renderConfigMap(plan: Plan, words: RenderWords = renderWordsEn): RenderedFile {
  const namespace = flannelNamespace(plan);
  const { text, annotations } = renderYaml([
    {
      value: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'kube-flannel-cfg', namespace, labels: { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' } },
        data: { 'cni-conf.json': `${JSON.stringify(CNI_CONF, null, 2)}\n`, 'net-conf.json': netConfText(plan) },
      },
      comments: {
        'metadata.namespace': { text: words.configMapNamespace(flannelTag(plan), namespace), topic: 'flannel-namespace' },
        'data.net-conf.json': { text: words.configMapApply, topic: 'net-conf-apply' },
      },
    },
  ], generatedHeader(plan.kubernetesVersion, plan.flannelVersion, words));
  const netLine = annotations.find((a) => a.topic === 'net-conf-apply')?.line ?? 0;
  return { name: 'kube-flannel-cfg.yaml', content: text, mediaType: 'application/yaml', annotations: [...annotations, ...netConfAnnotations(plan, netConfText(plan), words, netLine)] };
}

export function manifestUrl(plan: Plan): string {
  return `https://raw.githubusercontent.com/flannel-io/flannel/${flannelTag(plan)}/Documentation/kube-flannel.yml`;
}

/**
 * flanneld's arguments that the plan sets, beyond the ones every way already has (the manifest's and the chart's
 * `--ip-masq --kube-subnet-mgr`). The Plan holds one of flanneld's arguments: --iface (EnableNFTables is net-conf.json's).
 */
export function flanneldArgs(plan: Plan): string[] {
  return plan.flannel.iface !== '' ? [`--iface=${plan.flannel.iface}`] : [];
}

export interface JsonPatchOperation {
  op: 'test' | 'add';
  path: string;
  value: string;
}

/**
 * JSON 6902 operations that append flanneldArgs to the kube-flannel container of the upstream DaemonSet
 * kube-flannel-ds, keeping its own arguments (which differ by version). The container is the first of
 * spec.template.spec.containers in every kube-flannel.yml; the "test" makes the patch fail rather than change
 * another container if that ever stops being so. Empty when the plan sets no argument.
 */
export function daemonSetArgsPatch(plan: Plan): JsonPatchOperation[] {
  const args = flanneldArgs(plan);
  if (!args.length) return [];
  return [
    { op: 'test', path: '/spec/template/spec/containers/0/name', value: 'kube-flannel' },
    ...args.map((value) => ({ op: 'add' as const, path: '/spec/template/spec/containers/0/args/-', value })),
  ];
}

export function renderKustomization(plan: Plan, words: RenderWords = renderWordsEn): RenderedFile {
  const patch = dump([{ op: 'replace', path: '/data/net-conf.json', value: netConfText(plan) }], { lineWidth: -1 });
  const argsPatch = daemonSetArgsPatch(plan);
  const patches: unknown[] = [{ target: { kind: 'ConfigMap', name: 'kube-flannel-cfg' }, patch }];
  const comments: Record<string, { text: string; topic: string }> = {
    resources: { text: words.kustomizeResources(flannelTag(plan)), topic: 'kustomize' },
    patches: { text: words.kustomizePatches, topic: 'net-conf-dual-stack' },
  };
  if (argsPatch.length) {
    patches.push({ target: { kind: 'DaemonSet', name: 'kube-flannel-ds', namespace: flannelNamespace(plan) }, patch: dump(argsPatch, { lineWidth: -1 }) });
    comments['patches.1'] = { text: words.kustomizeArgs(flanneldArgs(plan)), topic: 'flanneld-args' };
  }
  const { text, annotations } = renderYaml([
    {
      value: {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: [manifestUrl(plan)],
        patches,
      },
      comments,
    },
  ], generatedHeader(plan.kubernetesVersion, plan.flannelVersion, words));
  return { name: 'kustomization.yaml', content: text, mediaType: 'application/yaml', annotations };
}

/**
 * What the chart's net-conf.json template (chart/kube-flannel/templates/config.yaml) can write for each backend:
 * values key → net-conf Backend key. Other Backend keys, and the Subnet* keys, have no value in the chart.
 */
const CHART_BACKEND: Record<string, Array<[keyof FlannelBackend, string, string]>> = {
  vxlan: [['port', 'backendPort', 'Port'], ['vni', 'vni', 'VNI'], ['gbp', 'GBP', 'GBP'], ['directRouting', 'directRouting', 'DirectRouting'], ['mtu', 'mtu', 'MTU'], ['macPrefix', 'macPrefix', 'MacPrefix']],
  wireguard: [['listenPort', 'backendPort', 'ListenPort'], ['listenPortV6', 'backendPortv6', 'ListenPortV6'], ['psk', 'psk', 'PSK'], ['mtu', 'mtu', 'MTU'], ['mode', 'tunnelMode', 'Mode'], ['persistentKeepaliveInterval', 'keepaliveInterval', 'PersistentKeepaliveInterval']],
  udp: [['port', 'backendPort', 'Port']],
};

export function renderHelmValues(plan: Plan, words: RenderWords = renderWordsEn): RenderedFile {
  const net = effectiveNetConf(plan);
  const backend = plan.flannel.backend;
  // The template compares backend with "vxlan", "wireguard" and "udp" exactly, while Flannel lower-cases Type: a
  // "VXLAN" is written as "vxlan" so that the chart writes its options too. Own keys only: a Type such as
  // "__proto__" or "constructor" (from a link or a file) is not a chart backend.
  const lower = backend?.type.toLowerCase() ?? 'udp';
  const chartBackend = Object.prototype.hasOwnProperty.call(CHART_BACKEND, lower);
  const flannel: Record<string, unknown> = { image: { tag: flannelTag(plan) }, backend: chartBackend ? lower : backend!.type };
  const notCarried: string[] = [];
  if (backend) {
    const chart = chartBackend ? CHART_BACKEND[lower]! : [];
    for (const [field, key] of BACKEND_JSON) {
      const value = backend[field];
      if (value === undefined || value === '') continue;
      const entry = chart.find(([f]) => f === field);
      // The template writes Mode without quotes ("Mode": {{ .Values.flannel.tunnelMode }}), so the value carries
      // its own JSON quotes; a bare string would make net-conf.json invalid JSON.
      if (entry) flannel[entry[1]] = field === 'mode' ? JSON.stringify(value) : value;
      else notCarried.push(`Backend.${key}`);
    }
  }
  for (const [field, key] of [['subnetLen', 'SubnetLen'], ['subnetMin', 'SubnetMin'], ['subnetMax', 'SubnetMax'], ['ipv6SubnetLen', 'IPv6SubnetLen'], ['ipv6SubnetMin', 'IPv6SubnetMin'], ['ipv6SubnetMax', 'IPv6SubnetMax']] as const) {
    if (plan.flannel[field] !== undefined) notCarried.push(key);
  }
  flannel.enableNFTables = plan.flannel.enableNFTables;
  // The chart's default args (values.yaml), then the plan's: a values list replaces the default one whole.
  flannel.args = ['--ip-masq', '--kube-subnet-mgr', ...flanneldArgs(plan)];
  const comments: Record<string, { text: string; topic: string }> = {
    podCidr: {
      text: words.helmValues(flannelTag(plan), flannelNamespace(plan)),
      topic: 'helm-values',
    },
  };
  if (notCarried.length) {
    comments.flannel = {
      text: words.helmNotCarried(notCarried),
      topic: 'helm-values-not-carried',
    };
  }
  if (flannel.tunnelMode !== undefined) {
    comments['flannel.tunnelMode'] = { text: words.helmTunnelMode, topic: 'helm-values-tunnel-mode' };
  }
  const { text, annotations } = renderYaml([
    {
      value: {
        podCidr: net.enableIPv4 ? canonical(net.network) : '',
        podCidrv6: net.enableIPv6 ? canonical(net.ipv6Network) : '',
        flannel,
      },
      comments,
    },
  ], generatedHeader(plan.kubernetesVersion, plan.flannelVersion, words));
  return { name: 'flannel-values.yaml', content: text, mediaType: 'application/yaml', annotations };
}
