// A Plan read from files → the per-family form the wizard edits and the permalink carries.
import { type Family, parseCidrList, parseIp } from './cidr';
import type { FilesAnalysis, StatedField } from './parse/files';
import { type Plan, defaultPlan, effectiveAdvertiseAddress, effectiveNetConf, initNode, joinEndpoint, nodeIpText, podSubnetText, serviceSubnetText } from './plan';
import { kubernetesVersionTag } from './versions';

/** The families of the entries that parse, in order (a family twice stays twice). */
const families = (text: string | undefined): Family[] => parseCidrList(text ?? '').cidrs.map((cidr) => cidr.family);

/** Keeps what the wizard can express: per-family CIDRs, the podSubnet order, node addresses, Flannel settings. */
export function toWizardPlan(imported: Plan): Plan {
  const plan = JSON.parse(JSON.stringify(imported)) as Plan;
  const podOrder = families(imported.overrides.podSubnet);
  plan.overrides = {};
  if (plan.stack === 'dual' && podOrder.length === 2 && podOrder[0] !== plan.primaryFamily) plan.overrides.podSubnetOrder = podOrder;
  const defaults = defaultPlan();
  for (const family of ['ipv4', 'ipv6'] as const) {
    if (plan.nodeMask[family] === '') plan.nodeMask[family] = defaults.nodeMask[family];
  }
  plan.nodes = imported.nodes.map(({ nodeIp, joinEndpoint: _joinEndpoint, ...node }) => {
    if (nodeIp !== undefined && node.ipv4 === '' && node.ipv6 === '') {
      for (const piece of nodeIp.split(',')) {
        const ip = parseIp(piece.trim(), 'lenient');
        if (ip.ok && node[ip.ip.family] === '') node[ip.ip.family] = piece.trim();
      }
    }
    return node;
  });
  if (plan.nodes.length === 0) plan.nodes = defaults.nodes;
  // Network and IPv6Network follow the pod CIDRs in the wizard; the imported file's own values were checked on import.
  const { backend, enableNFTables, iface } = plan.flannel;
  plan.flannel = { backend, enableNFTables, iface };
  return plan;
}

// ---------------------------------------------------------------------------------------------------------------
// Merging an import into the plan the user has. Only what the files give (FilesAnalysis.stated) is taken; every
// other field keeps the user's value. Files read one after the other are analysed together (the page keeps them), and
// a later import takes only the fields whose value that changed, so the user's edits in between stay and two files
// read one after the other give the plan both give read together.

/** The Plan fields an import can set, in the order the page lists them. */
export const IMPORT_FIELDS: readonly StatedField[] = [
  'kubernetesVersion', 'flannelVersion', 'stack', 'primaryFamily', 'podCidr.ipv4', 'podCidr.ipv6', 'overrides.podSubnetOrder', 'nodeMask.ipv4', 'nodeMask.ipv6',
  'serviceCidr.ipv4', 'serviceCidr.ipv6', 'dnsDomain', 'nodes', 'controlPlaneEndpoint', 'advertiseAddress', 'bindPort', 'flannel.backend', 'flannel.enableNFTables', 'flannel.iface',
];

/** One field the import set: its value before and after, as text ("changed" when they differ). */
export interface ImportChange {
  field: StatedField;
  before: string;
  after: string;
}

/** What the wizard writes differently from the files, and why: it fixed or could not carry what they held. */
export type ImportAdjustment =
  | { kind: 'advertise-address-filled'; address: string; node: string }
  | { kind: 'kubernetes-version-rewritten'; from: string; to: string }
  | { kind: 'pod-subnet-rewritten' | 'service-subnet-rewritten'; from: string; to: string }
  | { kind: 'node-ip-rewritten' | 'join-endpoint-rewritten'; node: string; from: string; to: string }
  | { kind: 'net-conf-follows'; key: string; from: string; to: string }
  | { kind: 'not-carried'; what: string };

export interface ImportMerge {
  plan: Plan;
  changes: ImportChange[];
  adjustments: ImportAdjustment[];
}

/** A copy deep enough that setting a stated field never changes the plan it came from. */
export function copyPlan(plan: Plan): Plan {
  return {
    ...plan,
    podCidr: { ...plan.podCidr },
    serviceCidr: { ...plan.serviceCidr },
    nodeMask: { ...plan.nodeMask },
    nodes: plan.nodes.map((node) => ({ ...node })),
    flannel: { ...plan.flannel, backend: plan.flannel.backend === null ? null : { ...plan.flannel.backend } },
    overrides: { ...plan.overrides },
  };
}

const familyText = (family: Family): string => (family === 'ipv4' ? 'IPv4' : 'IPv6');

/** A stated field's value as the page shows it; equal texts are equal values. */
export function fieldText(plan: Plan, field: StatedField): string {
  switch (field) {
    case 'nodes':
      return plan.nodes.map((n) => `${n.name} (${n.role}${[n.ipv4, n.ipv6].filter(Boolean).map((ip) => `, ${ip}`).join('')})`).join('; ');
    case 'flannel.backend': {
      const backend = plan.flannel.backend;
      if (backend === null) return '';
      const { type, psk: _psk, ...options } = backend;
      const extra = Object.entries(options).map(([key, value]) => `${key}=${String(value)}`);
      return [type, ...extra].join(' ');
    }
    case 'overrides.podSubnetOrder':
      return (plan.overrides.podSubnetOrder ?? []).map(familyText).join(', ');
    default: {
      const value = field.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], plan);
      return Object.is(value, -0) ? '-0' : String(value);
    }
  }
}

function setField(plan: Plan, from: Plan, field: StatedField): void {
  switch (field) {
    case 'nodes':
      plan.nodes = from.nodes.map((node) => ({ ...node }));
      return;
    case 'flannel.backend':
      plan.flannel.backend = from.flannel.backend === null ? null : { ...from.flannel.backend };
      // The networks net-conf.json held follow the pod CIDRs again, as in a plan read from files alone.
      for (const key of ['network', 'ipv6Network', 'enableIPv4', 'enableIPv6', 'subnetLen', 'subnetMin', 'subnetMax', 'ipv6SubnetLen', 'ipv6SubnetMin', 'ipv6SubnetMax'] as const) delete plan.flannel[key];
      return;
    case 'overrides.podSubnetOrder':
      if (from.overrides.podSubnetOrder) plan.overrides.podSubnetOrder = [...from.overrides.podSubnetOrder];
      else delete plan.overrides.podSubnetOrder;
      // The files' podSubnet is now the per-family fields in this order, not a verbatim text from a link.
      delete plan.overrides.podSubnet;
      return;
    case 'serviceCidr.ipv4':
    case 'serviceCidr.ipv6':
      plan.serviceCidr[field === 'serviceCidr.ipv4' ? 'ipv4' : 'ipv6'] = from.serviceCidr[field === 'serviceCidr.ipv4' ? 'ipv4' : 'ipv6'];
      delete plan.overrides.serviceSubnet;
      delete plan.overrides.serviceSubnetOrder;
      return;
    case 'advertiseAddress':
      plan.advertiseAddress = from.advertiseAddress;
      delete plan.overrides.advertiseAddressAutoDetect;
      return;
    default: {
      const keys = field.split('.');
      const last = keys.pop()!;
      const target = keys.reduce<Record<string, unknown>>((o, key) => o[key] as Record<string, unknown>, plan as unknown as Record<string, unknown>);
      const source = keys.reduce<Record<string, unknown>>((o, key) => o[key] as Record<string, unknown>, from as unknown as Record<string, unknown>);
      target[last] = source[last];
    }
  }
}

/**
 * Merges the files' plan into the user's. `previous` is the analysis of the files read before these (the page
 * analyses all of them together): a field it already gave with the same value keeps whatever the user made of it.
 */
export function mergeImport(current: Plan, next: FilesAnalysis, previous?: FilesAnalysis): ImportMerge {
  const files = toWizardPlan(next.plan);
  const before = previous ? toWizardPlan(previous.plan) : undefined;
  const plan = copyPlan(current);
  const applied: StatedField[] = [];
  for (const field of IMPORT_FIELDS) {
    if (!next.stated.includes(field)) continue;
    if (before && previous!.stated.includes(field) && fieldText(before, field) === fieldText(files, field)) continue;
    setField(plan, files, field);
    applied.push(field);
  }
  const changes = applied.map((field) => ({ field, before: fieldText(current, field), after: fieldText(plan, field) }));
  return { plan, changes, adjustments: adjustments(next, plan) };
}

/** Where the wizard's files will differ from the files read: what it filled in, rewrote or does not carry. */
export function adjustments(analysis: FilesAnalysis, plan: Plan): ImportAdjustment[] {
  const imported = analysis.plan;
  const stated = new Set(analysis.stated);
  const result: ImportAdjustment[] = [];
  const written = analysis.writtenKubernetesVersion;
  if (written !== undefined) {
    // A release label (stable-1.33, latest) or a minor alone is written as one release; a v-less patch release is no
    // difference, since kubeadm adds the v (app/util/version.go normalizedBuildVersion).
    const to = kubernetesVersionTag(plan.kubernetesVersion);
    if (to !== written && to !== `v${written}`) result.push({ kind: 'kubernetes-version-rewritten', from: written, to });
  }
  const init = initNode(plan);
  if (stated.has('advertiseAddress') && imported.advertiseAddress === '' && imported.overrides.advertiseAddressAutoDetect && init) {
    const address = effectiveAdvertiseAddress(plan);
    if (address !== '') result.push({ kind: 'advertise-address-filled', address, node: init.name });
  }
  if (stated.has('podCidr.ipv4') && imported.overrides.podSubnet !== undefined && podSubnetText(plan) !== imported.overrides.podSubnet) {
    result.push({ kind: 'pod-subnet-rewritten', from: imported.overrides.podSubnet, to: podSubnetText(plan) });
  }
  if (stated.has('serviceCidr.ipv4') && imported.overrides.serviceSubnet !== undefined && serviceSubnetText(plan) !== imported.overrides.serviceSubnet) {
    result.push({ kind: 'service-subnet-rewritten', from: imported.overrides.serviceSubnet, to: serviceSubnetText(plan) });
  }
  if (stated.has('nodes')) {
    imported.nodes.forEach((node, i) => {
      const written = plan.nodes[i];
      if (!written) return;
      if (node.nodeIp !== undefined && node.nodeIp !== '' && nodeIpText(plan, written) !== node.nodeIp) result.push({ kind: 'node-ip-rewritten', node: node.name, from: node.nodeIp, to: nodeIpText(plan, written) });
      if (node.joinEndpoint !== undefined && joinEndpoint(plan) !== node.joinEndpoint) result.push({ kind: 'join-endpoint-rewritten', node: node.name, from: node.joinEndpoint, to: joinEndpoint(plan) });
    });
  }
  if (stated.has('flannel.backend')) {
    const net = effectiveNetConf(plan);
    const f = imported.flannel;
    const pairs: Array<[string, unknown, string | boolean]> = [
      ['Network', f.network, net.network],
      ['IPv6Network', f.ipv6Network, net.ipv6Network],
      ['EnableIPv4', f.enableIPv4, net.enableIPv4],
      ['EnableIPv6', f.enableIPv6, net.enableIPv6],
    ];
    for (const [key, from, to] of pairs) if (from !== undefined && from !== to) result.push({ kind: 'net-conf-follows', key, from: String(from), to: String(to) });
    const subnetKeys: Array<[keyof Plan['flannel'], string]> = [['subnetLen', 'SubnetLen'], ['subnetMin', 'SubnetMin'], ['subnetMax', 'SubnetMax'], ['ipv6SubnetLen', 'IPv6SubnetLen'], ['ipv6SubnetMin', 'IPv6SubnetMin'], ['ipv6SubnetMax', 'IPv6SubnetMax']];
    for (const [field, key] of subnetKeys) if (f[field] !== undefined) result.push({ kind: 'not-carried', what: `net-conf.json ${key}` });
  }
  const extra = imported.overrides;
  for (const name of Object.keys(extra.controllerManagerArgs ?? {})) result.push({ kind: 'not-carried', what: `controllerManager.extraArgs ${name}` });
  if (extra.kubeProxyClusterCidr !== undefined) result.push({ kind: 'not-carried', what: 'KubeProxyConfiguration.clusterCIDR' });
  if (extra.cloudProvider !== undefined) result.push({ kind: 'not-carried', what: 'kubeletExtraArgs cloud-provider' });
  return result;
}
