// Plan ⇄ URL fragment. Versioned ("v=1"), readable, only non-default values, never secrets.
// A link holds any plan the page can hold: values are kept as text, as the form holds them, so the rules flag
// what is wrong in the opened link. Only what cannot be read at all (an unknown key, a bad escape, a non-number
// where the Plan holds a number, an over-long value) is dropped and listed.
import type { Family } from './cidr';
import { type FlannelBackend, type Plan, type PlanNode, type Stack, defaultPlan } from './plan';
import { formatSemver, parseFlannelVersion, parseKubernetesVersion } from './versions';

export const PERMALINK_VERSION = 1;
/** Longer fragments are refused outright; a 500-node plan stays far below. */
export const MAX_FRAGMENT_LENGTH = 64 * 1024;
export const MAX_NODES = 500;
/** Longer values are dropped ('too-long'): a DNS name has at most 253 characters, a CIDR list far fewer. */
export const MAX_VALUE_LENGTH = 1000;

export type DropReason = 'unknown-key' | 'invalid' | 'too-long' | 'too-many-nodes' | 'newer-version' | 'no-version' | 'duplicate';
export interface Dropped {
  key: string;
  value: string;
  reason: DropReason;
}

export interface DecodedLink {
  plan: Plan;
  dropped: Dropped[];
}

/** Numbered migrations: MIGRATIONS[n] turns a version n+1 parameter map into version n+2. */
type Params = Map<string, string>;
const MIGRATIONS: Array<(params: Params) => Params> = [];

// Component encoding that keeps CIDRs readable: ":" and "/" are legal in a fragment. A lone surrogate (JSON can
// hold one, UTF-8 cannot) would make encodeURIComponent throw: it is written as U+FFFD, as a browser shows it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const enc = (value: string): string => encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd')).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
function dec(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

const STACK_CODES: Record<string, { stack: Stack; primaryFamily: Family }> = {
  '4': { stack: 'ipv4', primaryFamily: 'ipv4' },
  '6': { stack: 'ipv6', primaryFamily: 'ipv6' },
  '46': { stack: 'dual', primaryFamily: 'ipv4' },
  '64': { stack: 'dual', primaryFamily: 'ipv6' },
};
const stackCode = (plan: Plan): string => (plan.stack === 'ipv4' ? '4' : plan.stack === 'ipv6' ? '6' : plan.primaryFamily === 'ipv4' ? '46' : '64');

// A family order ("46", "64", or one family) for podSubnet / serviceSubnet.
const orderCode = (order: Family[]): string => order.map((f) => (f === 'ipv4' ? '4' : '6')).join('');
const readOrder = (v: string): Family[] | null => (/^(4|6|46|64)?$/.test(v) ? [...v].map((c) => (c === '4' ? 'ipv4' : 'ipv6')) : null);

// Any JavaScript number as String() writes it; a number input or a file can hold NaN, Infinity or a fraction.
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$|^-?Infinity$|^NaN$/;
const numberText = (n: number): string => (Object.is(n, -0) ? '-0' : String(n));

type Value = string | number | boolean;
type Kind = 'text' | 'number' | 'flag';
interface Field {
  key: string;
  kind: Kind;
  get: (plan: Plan) => Value | undefined;
  set: (plan: Plan, value: Value) => void;
}
const text = (key: string, get: (plan: Plan) => string | undefined, set: (plan: Plan, value: string) => void): Field => ({ key, kind: 'text', get, set: set as Field['set'] });
const number = (key: string, get: (plan: Plan) => number | undefined, set: (plan: Plan, value: number) => void): Field => ({ key, kind: 'number', get, set: set as Field['set'] });
const flag = (key: string, get: (plan: Plan) => boolean | undefined, set: (plan: Plan, value: boolean) => void): Field => ({ key, kind: 'flag', get, set: set as Field['set'] });

// A version that parses is read as the form holds it ("v1.30.2" → "1.30"); any other text stays, for the rules to flag.
const kubernetesText = (v: string): string => parseKubernetesVersion(v)?.text ?? v;
function flannelText(v: string): string {
  const parsed = parseFlannelVersion(v);
  return parsed ? formatSemver(parsed) : v;
}

// Plan fields outside the backend and the nodes, in the order they are written (around the stack and orders).
const VERSION_FIELDS: Field[] = [
  text('k', (p) => p.kubernetesVersion, (p, v) => (p.kubernetesVersion = kubernetesText(v))),
  text('f', (p) => p.flannelVersion, (p, v) => (p.flannelVersion = flannelText(v))),
];
const CIDR_FIELDS: Field[] = [
  text('p4', (p) => p.podCidr.ipv4, (p, v) => (p.podCidr.ipv4 = v)),
  text('s4', (p) => p.serviceCidr.ipv4, (p, v) => (p.serviceCidr.ipv4 = v)),
  text('m4', (p) => p.nodeMask.ipv4, (p, v) => (p.nodeMask.ipv4 = v)),
  text('p6', (p) => p.podCidr.ipv6, (p, v) => (p.podCidr.ipv6 = v)),
  text('s6', (p) => p.serviceCidr.ipv6, (p, v) => (p.serviceCidr.ipv6 = v)),
  text('m6', (p) => p.nodeMask.ipv6, (p, v) => (p.nodeMask.ipv6 = v)),
];
const CLUSTER_FIELDS: Field[] = [
  text('ps', (p) => p.overrides.podSubnet, (p, v) => (p.overrides.podSubnet = v)),
  text('ss', (p) => p.overrides.serviceSubnet, (p, v) => (p.overrides.serviceSubnet = v)),
  text('d', (p) => p.dnsDomain, (p, v) => (p.dnsDomain = v)),
  text('e', (p) => p.controlPlaneEndpoint, (p, v) => (p.controlPlaneEndpoint = v)),
  text('a', (p) => p.advertiseAddress, (p, v) => (p.advertiseAddress = v)),
  flag('aa', (p) => p.overrides.advertiseAddressAutoDetect, (p, v) => (p.overrides.advertiseAddressAutoDetect = v)),
  number('bp', (p) => p.bindPort, (p, v) => (p.bindPort = v)),
  text('av', (p) => p.overrides.kubeadmApiVersion, (p, v) => (p.overrides.kubeadmApiVersion = v)),
  text('kp', (p) => p.overrides.kubeProxyClusterCidr, (p, v) => (p.overrides.kubeProxyClusterCidr = v)),
  text('cp', (p) => p.overrides.cloudProvider, (p, v) => (p.overrides.cloudProvider = v)),
];

/** Backend options, read only when the link has a Backend. The PSK is a secret: it never goes into a link. */
type BackendKey = Exclude<keyof FlannelBackend, 'type' | 'psk'>;
const backendField = (key: string, kind: Kind, field: BackendKey): Field => ({
  key,
  kind,
  get: (p) => p.flannel.backend?.[field],
  set: (p, v) => ((p.flannel.backend as unknown as Record<string, Value>)[field] = v),
});
const BACKEND_FIELDS: Field[] = [
  backendField('vni', 'number', 'vni'),
  backendField('port', 'number', 'port'),
  backendField('mtu', 'number', 'mtu'),
  backendField('lp', 'number', 'listenPort'),
  backendField('lp6', 'number', 'listenPortV6'),
  backendField('ka', 'number', 'persistentKeepaliveInterval'),
  backendField('dr', 'flag', 'directRouting'),
  backendField('gbp', 'flag', 'gbp'),
  backendField('lrn', 'flag', 'learning'),
  backendField('ue', 'flag', 'udpEncap'),
  backendField('wm', 'text', 'mode'),
  backendField('mp', 'text', 'macPrefix'),
  backendField('vn', 'text', 'name'),
  backendField('esp', 'text', 'espProposal'),
];

/** The rest of the Flannel settings: flanneld --iface and the net-conf values read from a file. */
const FLANNEL_FIELDS: Field[] = [
  flag('nft', (p) => p.flannel.enableNFTables, (p, v) => (p.flannel.enableNFTables = v)),
  text('if', (p) => p.flannel.iface, (p, v) => (p.flannel.iface = v)),
  text('nw', (p) => p.flannel.network, (p, v) => (p.flannel.network = v)),
  text('nw6', (p) => p.flannel.ipv6Network, (p, v) => (p.flannel.ipv6Network = v)),
  flag('e4', (p) => p.flannel.enableIPv4, (p, v) => (p.flannel.enableIPv4 = v)),
  flag('e6', (p) => p.flannel.enableIPv6, (p, v) => (p.flannel.enableIPv6 = v)),
  number('sl', (p) => p.flannel.subnetLen, (p, v) => (p.flannel.subnetLen = v)),
  text('smin', (p) => p.flannel.subnetMin, (p, v) => (p.flannel.subnetMin = v)),
  text('smax', (p) => p.flannel.subnetMax, (p, v) => (p.flannel.subnetMax = v)),
  number('sl6', (p) => p.flannel.ipv6SubnetLen, (p, v) => (p.flannel.ipv6SubnetLen = v)),
  text('smin6', (p) => p.flannel.ipv6SubnetMin, (p, v) => (p.flannel.ipv6SubnetMin = v)),
  text('smax6', (p) => p.flannel.ipv6SubnetMax, (p, v) => (p.flannel.ipv6SubnetMax = v)),
];

const valueText = (value: Value): string => (typeof value === 'number' ? numberText(value) : typeof value === 'boolean' ? (value ? '1' : '0') : value);

/** The value a field's text stands for, or null when it cannot be read. */
function readValue(kind: Kind, v: string): Value | null {
  if (kind === 'text') return v;
  if (kind === 'flag') return v === '1' ? true : v === '0' ? false : null;
  return NUMBER.test(v) ? Number(v) : null;
}

// A node row: name, role, ipv4, ipv6, then the node-ip and the join endpoint read verbatim from a file. The role
// code says which of those follow: "c"/"w", then "i" (node-ip) and "j" (join endpoint), e.g. "wij".
function nodeRow(node: PlanNode): string {
  const fields = [node.name, `${node.role === 'control-plane' ? 'c' : 'w'}${node.nodeIp === undefined ? '' : 'i'}${node.joinEndpoint === undefined ? '' : 'j'}`, node.ipv4, node.ipv6];
  if (node.nodeIp !== undefined) fields.push(node.nodeIp);
  if (node.joinEndpoint !== undefined) fields.push(node.joinEndpoint);
  return fields.map(enc).join(',');
}

// controller-manager extraArgs as "name,value" pairs joined by ";".
const argsText = (args: Record<string, string>): string =>
  Object.entries(args)
    .map(([name, value]) => `${enc(name)},${enc(value)}`)
    .join(';');

/** The fragment (without "#") for a plan: "v=1&..." with only what differs from the defaults. */
export function encodePlan(plan: Plan): string {
  const base = defaultPlan();
  // Values of rows and pairs are encoded one by one, so their "," and ";" stay separators.
  const parts: string[] = [`v=${PERMALINK_VERSION}`];
  const write = (fields: Field[]): void => {
    for (const field of fields) {
      const value = field.get(plan);
      if (value !== undefined && value !== field.get(base)) parts.push(`${field.key}=${enc(valueText(value))}`);
    }
  };
  write(VERSION_FIELDS);
  if (stackCode(plan) !== stackCode(base)) parts.push(`s=${stackCode(plan)}`);
  write(CIDR_FIELDS);
  const { podSubnetOrder, serviceSubnetOrder, controllerManagerArgs } = plan.overrides;
  if (podSubnetOrder) parts.push(`po=${orderCode(podSubnetOrder)}`);
  if (serviceSubnetOrder) parts.push(`so=${orderCode(serviceSubnetOrder)}`);
  write(CLUSTER_FIELDS);
  if (controllerManagerArgs) parts.push(`cm=${argsText(controllerManagerArgs)}`);
  const nodes = plan.nodes.map(nodeRow).join(';');
  if (nodes !== base.nodes.map(nodeRow).join(';')) parts.push(`n=${nodes}`);
  const backend = plan.flannel.backend;
  // "b=-" is no Backend key; a Type spelled "-" is escaped so it stays a Type.
  if (backend === null) parts.push('b=-');
  else if (backend.type !== 'vxlan') parts.push(`b=${backend.type === '-' ? '%2D' : enc(backend.type)}`);
  write(BACKEND_FIELDS);
  write(FLANNEL_FIELDS);
  return parts.join('&');
}

/** Accepts a whole URL, "#fragment" or the fragment itself. Never throws. */
export function decodePlan(input: string): DecodedLink {
  const plan = defaultPlan();
  const dropped: Dropped[] = [];
  const text = typeof input === 'string' ? input : '';
  if (text.length > MAX_FRAGMENT_LENGTH) {
    return { plan, dropped: [{ key: '', value: `${text.length} characters`, reason: 'too-long' }] };
  }
  const hash = text.indexOf('#');
  const fragment = (hash >= 0 ? text.slice(hash + 1) : text).trim();
  if (fragment === '') return { plan, dropped };

  let params: Params = new Map();
  for (const part of fragment.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = dec(eq < 0 ? part : part.slice(0, eq)) ?? part;
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    if (params.has(key)) {
      dropped.push({ key, value: raw, reason: 'duplicate' });
      continue;
    }
    params.set(key, raw);
  }

  const versionText = params.get('v');
  params.delete('v');
  let version = versionText !== undefined && /^\d{1,4}$/.test(versionText) ? Number(versionText) : 0;
  if (version === 0) {
    dropped.push({ key: 'v', value: versionText ?? '', reason: 'no-version' });
    version = PERMALINK_VERSION;
  }
  if (version > PERMALINK_VERSION) dropped.push({ key: 'v', value: String(version), reason: 'newer-version' });
  for (let v = version; v < PERMALINK_VERSION; v++) params = MIGRATIONS[v - 1]!(params);

  const drop = (key: string, value: string, reason: DropReason): void => void dropped.push({ key, value: value.slice(0, 80), reason });
  /** A value's text when it can be read: the raw text is taken off the map, so what is left is unknown. */
  const take = (key: string): string | null => {
    const raw = params.get(key);
    if (raw === undefined) return null;
    params.delete(key);
    const value = dec(raw);
    if (value === null) drop(key, raw, 'invalid');
    else if (value.length > MAX_VALUE_LENGTH) drop(key, value, 'too-long');
    else return value;
    return null;
  };
  const read = (fields: Field[], usable = true): void => {
    for (const field of fields) {
      const v = take(field.key);
      if (v === null) continue;
      const value = usable ? readValue(field.kind, v) : null;
      if (value === null) drop(field.key, v, 'invalid');
      else field.set(plan, value);
    }
  };
  const readEnum = <T>(key: string, parse: (v: string) => T | null | undefined, apply: (value: T) => void): void => {
    const v = take(key);
    if (v === null) return;
    const value = parse(v);
    if (value === null || value === undefined) drop(key, v, 'invalid');
    else apply(value);
  };

  read([...VERSION_FIELDS, ...CIDR_FIELDS, ...CLUSTER_FIELDS]);
  readEnum('s', (v) => (Object.prototype.hasOwnProperty.call(STACK_CODES, v) ? STACK_CODES[v] : null), (codes) => Object.assign(plan, codes));
  readEnum('po', readOrder, (order) => (plan.overrides.podSubnetOrder = order));
  readEnum('so', readOrder, (order) => (plan.overrides.serviceSubnetOrder = order));

  const argsRaw = params.get('cm');
  params.delete('cm');
  if (argsRaw !== undefined) {
    const args = new Map<string, string>();
    for (const pair of argsRaw === '' ? [] : argsRaw.split(';')) {
      const [name, value, ...rest] = pair.split(',').map(dec);
      if (typeof name !== 'string' || typeof value !== 'string' || rest.length) drop('cm', pair, 'invalid');
      else if (name.length > MAX_VALUE_LENGTH || value.length > MAX_VALUE_LENGTH) drop('cm', pair, 'too-long');
      else if (args.has(name)) drop('cm', pair, 'duplicate');
      else args.set(name, value);
    }
    // fromEntries defines own properties: a "__proto__" argument stays an argument.
    plan.overrides.controllerManagerArgs = Object.fromEntries(args);
  }

  const nodesRaw = params.get('n');
  params.delete('n');
  if (nodesRaw !== undefined) {
    const rows = nodesRaw === '' ? [] : nodesRaw.split(';');
    if (rows.length > MAX_NODES) drop('n', `${rows.length} nodes`, 'too-many-nodes');
    const nodes: PlanNode[] = [];
    for (const row of rows.slice(0, MAX_NODES)) {
      const fields = row.split(',').map(dec);
      const code = /^([cw])(i?)(j?)$/.exec(fields[1] ?? '');
      if (!code || fields.length !== 4 + code[2]!.length + code[3]!.length || fields.some((f) => f === null)) drop('n', row, 'invalid');
      else if (fields.some((f) => f!.length > MAX_VALUE_LENGTH)) drop('n', row, 'too-long');
      else {
        const [name, , ipv4, ipv6, ...extra] = fields as string[];
        const node: PlanNode = { name: name!, role: code[1] === 'c' ? 'control-plane' : 'worker', ipv4: ipv4!, ipv6: ipv6! };
        if (code[2]) node.nodeIp = extra.shift()!;
        if (code[3]) node.joinEndpoint = extra.shift()!;
        nodes.push(node);
      }
    }
    // A plan needs at least one node: with none readable, the default stays.
    if (nodes.length) plan.nodes = nodes;
  }

  const backendRaw = params.get('b');
  if (backendRaw === '-') {
    params.delete('b');
    plan.flannel.backend = null;
  } else readEnum('b', (v) => v, (type) => (plan.flannel.backend = { type }));
  // Options of a link without a Backend cannot be placed anywhere.
  read(BACKEND_FIELDS, plan.flannel.backend !== null);
  read(FLANNEL_FIELDS);

  for (const [key, value] of params) dropped.push({ key: key.slice(0, 40), value: value.slice(0, 80), reason: 'unknown-key' });
  return { plan, dropped };
}

/** What a link to this plan cannot hold, for the page to say before the link is shared. */
export interface LinkGap {
  /** The link key, or the Plan field for the PSK, which has none; '' for the whole link. */
  key: string;
  reason: DropReason | 'secret';
}

export function linkGaps(plan: Plan): LinkGap[] {
  const gaps: LinkGap[] = plan.flannel.backend?.psk ? [{ key: 'flannel.backend.psk', reason: 'secret' }] : [];
  for (const { key, reason } of decodePlan(encodePlan(plan)).dropped) gaps.push({ key, reason });
  return gaps;
}
