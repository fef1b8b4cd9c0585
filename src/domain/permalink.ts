// Plan ⇄ URL fragment. Versioned ("v=1"), readable, only non-default values, never secrets.
// Decoding validates every part with the same parsers as the form; what it cannot read is dropped and listed.
import { type Family, parseCidr, parseIp } from './cidr';
import { type FlannelBackend, type Plan, type PlanNode, type Stack, defaultPlan } from './plan';
import { isDns1123Subdomain, parseHostPort } from './host-port';
import { isKnownFlannel, isKnownKubernetesMinor, parseFlannelVersion, parseKubernetesVersion, formatSemver } from './versions';

export const PERMALINK_VERSION = 1;
/** Longer fragments are refused outright; a 500-node plan stays far below. */
export const MAX_FRAGMENT_LENGTH = 64 * 1024;
export const MAX_NODES = 500;

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

// Component encoding that keeps CIDRs readable: ":" and "/" are legal in a fragment.
const enc = (value: string): string => encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
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

const KNOWN_BACKENDS = new Set(['vxlan', 'host-gw', 'wireguard', 'udp', 'ipip', 'ipsec', 'alloc', 'extension', 'tencent-vpc']);
const WIREGUARD_MODES = new Set(['separate', 'auto', 'ipv4', 'ipv6']);
const INTEGER_OPTIONS: Array<[string, keyof FlannelBackend, number, number]> = [
  ['vni', 'vni', 0, 16777215],
  ['port', 'port', 0, 65535],
  ['mtu', 'mtu', 0, 65535],
  ['lp', 'listenPort', 0, 65535],
  ['lp6', 'listenPortV6', 0, 65535],
  ['ka', 'persistentKeepaliveInterval', 0, 86400],
];
const BOOLEAN_OPTIONS: Array<[string, keyof FlannelBackend]> = [
  ['dr', 'directRouting'],
  ['gbp', 'gbp'],
  ['lrn', 'learning'],
  ['ue', 'udpEncap'],
];

function nodeRow(node: PlanNode): string {
  return [node.name, node.role === 'control-plane' ? 'c' : 'w', node.ipv4, node.ipv6].map(enc).join(',');
}

/** The fragment (without "#") for a plan: "v=1&..." with only what differs from the defaults. */
export function encodePlan(plan: Plan): string {
  const base = defaultPlan();
  const parts: Array<[string, string]> = [['v', String(PERMALINK_VERSION)]];
  const add = (key: string, value: string, fallback: string): void => {
    if (value !== fallback) parts.push([key, value]);
  };
  add('k', plan.kubernetesVersion, base.kubernetesVersion);
  add('f', plan.flannelVersion, base.flannelVersion);
  add('s', stackCode(plan), stackCode(base));
  for (const family of ['ipv4', 'ipv6'] as const) {
    const suffix = family === 'ipv4' ? '4' : '6';
    add(`p${suffix}`, plan.podCidr[family], base.podCidr[family]);
    add(`s${suffix}`, plan.serviceCidr[family], base.serviceCidr[family]);
    add(`m${suffix}`, plan.nodeMask[family], base.nodeMask[family]);
  }
  const order = plan.overrides.podSubnetOrder;
  if (order && order.length === 2) parts.push(['po', order.map((f) => (f === 'ipv4' ? '4' : '6')).join('')]);
  add('d', plan.dnsDomain, base.dnsDomain);
  add('e', plan.controlPlaneEndpoint, base.controlPlaneEndpoint);
  add('a', plan.advertiseAddress, base.advertiseAddress);
  add('bp', String(plan.bindPort), String(base.bindPort));
  add('n', plan.nodes.map(nodeRow).join(';'), base.nodes.map(nodeRow).join(';'));
  const backend = plan.flannel.backend;
  add('b', backend === null ? '-' : backend.type, 'vxlan');
  if (backend) {
    for (const [key, field] of INTEGER_OPTIONS) if (typeof backend[field] === 'number') parts.push([key, String(backend[field])]);
    for (const [key, field] of BOOLEAN_OPTIONS) if (typeof backend[field] === 'boolean') parts.push([key, backend[field] ? '1' : '0']);
    if (backend.mode) parts.push(['wm', backend.mode]);
    // The wireguard/ipsec PSK is a secret: it never goes into a link.
  }
  if (plan.flannel.enableNFTables) parts.push(['nft', '1']);
  add('if', plan.flannel.iface, '');
  return parts.map(([key, value]) => (key === 'n' ? `n=${value}` : `${key}=${enc(value)}`)).join('&');
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

  const take = (key: string): string | null => {
    const raw = params.get(key);
    if (raw === undefined) return null;
    params.delete(key);
    const value = dec(raw);
    if (value === null) dropped.push({ key, value: raw, reason: 'invalid' });
    return value;
  };
  const read = (key: string, accept: (value: string) => boolean, apply: (value: string) => void): void => {
    const value = take(key);
    if (value === null) return;
    if (value.length <= 300 && accept(value)) apply(value);
    else dropped.push({ key, value: value.slice(0, 80), reason: 'invalid' });
  };

  read('k', (v) => isKnownKubernetesMinor(parseKubernetesVersion(v)?.minor ?? -1), (v) => (plan.kubernetesVersion = parseKubernetesVersion(v)!.text));
  read('f', (v) => parseFlannelVersion(v) !== null && isKnownFlannel(parseFlannelVersion(v)!), (v) => (plan.flannelVersion = formatSemver(parseFlannelVersion(v)!)));
  read('s', (v) => v in STACK_CODES, (v) => Object.assign(plan, STACK_CODES[v]));
  for (const family of ['ipv4', 'ipv6'] as const) {
    const suffix = family === 'ipv4' ? '4' : '6';
    const cidr = (v: string): boolean => {
      if (v === '') return true;
      const parsed = parseCidr(v, 'lenient');
      return parsed.ok && parsed.cidr.family === family;
    };
    read(`p${suffix}`, cidr, (v) => (plan.podCidr[family] = v));
    read(`s${suffix}`, cidr, (v) => (plan.serviceCidr[family] = v));
    read(`m${suffix}`, (v) => /^\d{1,3}$/.test(v) && Number(v) <= (family === 'ipv4' ? 32 : 128), (v) => (plan.nodeMask[family] = v));
  }
  read('po', (v) => v === '46' || v === '64', (v) => (plan.overrides.podSubnetOrder = v === '46' ? ['ipv4', 'ipv6'] : ['ipv6', 'ipv4']));
  read('d', (v) => isDns1123Subdomain(v), (v) => (plan.dnsDomain = v));
  read('e', (v) => v === '' || parseHostPort(v).ok, (v) => (plan.controlPlaneEndpoint = v));
  read('a', (v) => v === '' || parseIp(v, 'lenient').ok, (v) => (plan.advertiseAddress = v));
  read('bp', (v) => /^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 65535, (v) => (plan.bindPort = Number(v)));

  const nodesRaw = params.get('n');
  params.delete('n');
  if (nodesRaw !== undefined) {
    const rows = nodesRaw === '' ? [] : nodesRaw.split(';');
    if (rows.length > MAX_NODES) dropped.push({ key: 'n', value: `${rows.length} nodes`, reason: 'too-many-nodes' });
    const nodes: PlanNode[] = [];
    for (const row of rows.slice(0, MAX_NODES)) {
      const fields = row.split(',').map(dec);
      const [name, role, ipv4, ipv6] = fields;
      const ok =
        fields.length === 4 &&
        typeof name === 'string' && name.length > 0 && name.length <= 253 &&
        (role === 'c' || role === 'w') &&
        typeof ipv4 === 'string' && (ipv4 === '' || parseIp(ipv4, 'lenient').ok) &&
        typeof ipv6 === 'string' && (ipv6 === '' || parseIp(ipv6, 'lenient').ok);
      if (ok) nodes.push({ name: name!, role: role === 'c' ? 'control-plane' : 'worker', ipv4: ipv4!, ipv6: ipv6! });
      else dropped.push({ key: 'n', value: row.slice(0, 80), reason: 'invalid' });
    }
    // A plan needs at least one node: with none readable, the default stays.
    if (nodes.length) plan.nodes = nodes;
  }

  read('b', (v) => v === '-' || KNOWN_BACKENDS.has(v), (v) => (plan.flannel.backend = v === '-' ? null : { type: v }));
  const backend = plan.flannel.backend;
  for (const [key, field, min, max] of INTEGER_OPTIONS) {
    read(key, (v) => backend !== null && /^\d{1,8}$/.test(v) && Number(v) >= min && Number(v) <= max, (v) => ((backend as unknown as Record<string, unknown>)[field] = Number(v)));
  }
  for (const [key, field] of BOOLEAN_OPTIONS) {
    read(key, (v) => backend !== null && (v === '0' || v === '1'), (v) => ((backend as unknown as Record<string, unknown>)[field] = v === '1'));
  }
  read('wm', (v) => backend !== null && WIREGUARD_MODES.has(v), (v) => (backend!.mode = v));
  read('nft', (v) => v === '0' || v === '1', (v) => (plan.flannel.enableNFTables = v === '1'));
  read('if', (v) => /^[A-Za-z0-9._:@-]{1,64}$/.test(v), (v) => (plan.flannel.iface = v));

  for (const [key, value] of params) dropped.push({ key: key.slice(0, 40), value: value.slice(0, 80), reason: 'unknown-key' });
  return { plan, dropped };
}
