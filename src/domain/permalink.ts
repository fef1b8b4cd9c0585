// Plan ⇄ URL fragment. Versioned ("v=1"), readable, only non-default values, never secrets.
// A link holds any plan the page can hold: values are kept as text, as the form holds them, so the rules flag
// what is wrong in the opened link. Only what cannot be read at all (an unknown key, a bad escape, a non-number
// where the Plan holds a number, an over-long value) is dropped and listed.
import type { Family } from './cidr';
import { EXAMPLE_FIELDS, type ExampleField, type Plan, type PlanNode, type Stack, defaultPlan } from './plan';
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
  /** The wizard step the link was on ("step=pods"), when it names one; a shared link names none. */
  step?: LinkStep;
}

/** The wizard's steps, as the "step" key names them: the address bar keeps the open step, so a reload returns to it. */
export const LINK_STEPS = ['cluster', 'pods', 'services', 'nodes', 'flannel', 'review'] as const;
export type LinkStep = (typeof LINK_STEPS)[number];

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


/**
 * [key, Plan path, kind: "t" text, "n" number, "f" flag 0/1], in the order they are written. Options under
 * flannel.backend are read only when the link has a Backend; the PSK is a secret and never goes into a link.
 */
const FIELDS: ReadonlyArray<readonly [string, string, 't' | 'n' | 'f']> = [
  ['k', 'kubernetesVersion', 't'],
  ['f', 'flannelVersion', 't'],
  ['p4', 'podCidr.ipv4', 't'],
  ['s4', 'serviceCidr.ipv4', 't'],
  ['m4', 'nodeMask.ipv4', 't'],
  ['p6', 'podCidr.ipv6', 't'],
  ['s6', 'serviceCidr.ipv6', 't'],
  ['m6', 'nodeMask.ipv6', 't'],
  ['ps', 'overrides.podSubnet', 't'],
  ['ss', 'overrides.serviceSubnet', 't'],
  ['d', 'dnsDomain', 't'],
  ['e', 'controlPlaneEndpoint', 't'],
  ['a', 'advertiseAddress', 't'],
  ['aa', 'overrides.advertiseAddressAutoDetect', 'f'],
  ['bp', 'bindPort', 'n'],
  ['av', 'overrides.kubeadmApiVersion', 't'],
  ['kp', 'overrides.kubeProxyClusterCidr', 't'],
  ['cp', 'overrides.cloudProvider', 't'],
  ['vni', 'flannel.backend.vni', 'n'],
  ['port', 'flannel.backend.port', 'n'],
  ['mtu', 'flannel.backend.mtu', 'n'],
  ['lp', 'flannel.backend.listenPort', 'n'],
  ['lp6', 'flannel.backend.listenPortV6', 'n'],
  ['ka', 'flannel.backend.persistentKeepaliveInterval', 'n'],
  ['dr', 'flannel.backend.directRouting', 'f'],
  ['gbp', 'flannel.backend.gbp', 'f'],
  ['lrn', 'flannel.backend.learning', 'f'],
  ['ue', 'flannel.backend.udpEncap', 'f'],
  ['wm', 'flannel.backend.mode', 't'],
  ['mp', 'flannel.backend.macPrefix', 't'],
  ['vn', 'flannel.backend.name', 't'],
  ['esp', 'flannel.backend.espProposal', 't'],
  ['nft', 'flannel.enableNFTables', 'f'],
  ['if', 'flannel.iface', 't'],
  // net-conf values read from a file.
  ['nw', 'flannel.network', 't'],
  ['nw6', 'flannel.ipv6Network', 't'],
  ['e4', 'flannel.enableIPv4', 'f'],
  ['e6', 'flannel.enableIPv6', 'f'],
  ['sl', 'flannel.subnetLen', 'n'],
  ['smin', 'flannel.subnetMin', 't'],
  ['smax', 'flannel.subnetMax', 't'],
  ['sl6', 'flannel.ipv6SubnetLen', 'n'],
  ['smin6', 'flannel.ipv6SubnetMin', 't'],
  ['smax6', 'flannel.ipv6SubnetMax', 't'],
];
type Value = string | number | boolean;
// The paths are this file's own constants, never user input.
const getPath = (plan: Plan, path: string): unknown => path.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown> | null)?.[key], plan);
function setPath(plan: Plan, path: string, value: Value): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  (keys.reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], plan) as Record<string, Value>)[last] = value;
}

/** The text a value is written as: numbers as JavaScript prints them (with -0), flags as 0/1. */
function valueText(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** The value a field's text stands for, or null when it cannot be read. */
function readValue(kind: 't' | 'n' | 'f', v: string): Value | null {
  if (kind === 't') return v;
  if (kind === 'f') return v === '1' ? true : v === '0' ? false : null;
  // Any number as valueText writes it (a number input or a file can hold NaN, Infinity, -0 or a fraction), or digits.
  const n = Number(v);
  return valueText(n) === v || /^\d+$/.test(v) ? n : null;
}

// A node row: name, role, ipv4, ipv6, then the node-ip and the join endpoint read verbatim from a file. The role
// code says which of those follow: "c"/"w", then "i" (node-ip) and "j" (join endpoint), e.g. "wij"; then "x" and the
// fields still holding the example's values ("n" name, "4", "6"), so a shared link of an unedited page says so too.
const EXAMPLE_CODES: Record<ExampleField, string> = { name: 'n', ipv4: '4', ipv6: '6' };
function nodeRow(node: PlanNode): string {
  const example = node.example?.length ? `x${EXAMPLE_FIELDS.filter((f) => node.example!.includes(f)).map((f) => EXAMPLE_CODES[f]).join('')}` : '';
  const code = `${node.role === 'control-plane' ? 'c' : 'w'}${node.nodeIp === undefined ? '' : 'i'}${node.joinEndpoint === undefined ? '' : 'j'}${example}`;
  const fields = [node.name, code, node.ipv4, node.ipv6];
  if (node.nodeIp !== undefined) fields.push(node.nodeIp);
  if (node.joinEndpoint !== undefined) fields.push(node.joinEndpoint);
  return fields.map(enc).join(',');
}

/**
 * The fragment (without "#") for a plan: "v=1&..." with only what differs from the defaults. With a step other than
 * the first, "&step=<id>" ends it (the address bar's form; a link to share names no step).
 */
export function encodePlan(plan: Plan, step?: LinkStep): string {
  const base = defaultPlan();
  // Rows and pairs are encoded field by field, so their "," and ";" stay separators.
  const parts: string[] = [`v=${PERMALINK_VERSION}`];
  if (stackCode(plan) !== stackCode(base)) parts.push(`s=${stackCode(plan)}`);
  const { podSubnetOrder, serviceSubnetOrder, controllerManagerArgs } = plan.overrides;
  if (podSubnetOrder) parts.push(`po=${orderCode(podSubnetOrder)}`);
  if (serviceSubnetOrder) parts.push(`so=${orderCode(serviceSubnetOrder)}`);
  const backend = plan.flannel.backend;
  // "b=-" is no Backend key; a Type spelled "-" is escaped so it stays a Type.
  if (backend === null) parts.push('b=-');
  else if (backend.type !== 'vxlan') parts.push(`b=${backend.type === '-' ? '%2D' : enc(backend.type)}`);
  // A patch release goes in "kr": "k" holds a minor (links of format 1 wrote one, and "k=v1.30.2" opens as 1.30).
  const release = parseKubernetesVersion(plan.kubernetesVersion);
  const patchRelease = release !== null && release.release !== release.text;
  for (const [key, path] of FIELDS) {
    const value = getPath(plan, path);
    if (key === 'k' && patchRelease) {
      parts.push(`kr=${enc(release.release)}`);
      continue;
    }
    // An empty Mode is the form's "separate (default)" choice: Flannel, the rules and the files read it as no Mode.
    if (value !== undefined && value !== getPath(base, path) && !(key === 'wm' && value === '')) parts.push(`${key}=${enc(valueText(value))}`);
  }
  // controller-manager extraArgs as "name,value" pairs joined by ";".
  if (controllerManagerArgs) parts.push(`cm=${Object.entries(controllerManagerArgs).map((pair) => pair.map(enc).join(',')).join(';')}`);
  const nodes = plan.nodes.map(nodeRow).join(';');
  if (nodes !== base.nodes.map(nodeRow).join(';')) parts.push(`n=${nodes}`);
  if (step !== undefined && step !== LINK_STEPS[0]) parts.push(`step=${step}`);
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
  // Without a "#", indexOf gives -1 and the whole text is the fragment.
  const fragment = text.slice(text.indexOf('#') + 1).trim();
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
  const readEnum = <T>(key: string, parse: (v: string) => T | null, apply: (value: T) => void): void => {
    const v = take(key);
    if (v === null) return;
    const value = parse(v);
    if (value === null) drop(key, v, 'invalid');
    else apply(value);
  };

  readEnum('s', (v) => (Object.prototype.hasOwnProperty.call(STACK_CODES, v) ? STACK_CODES[v]! : null), (codes) => Object.assign(plan, codes));
  readEnum('po', readOrder, (order) => (plan.overrides.podSubnetOrder = order));
  readEnum('so', readOrder, (order) => (plan.overrides.serviceSubnetOrder = order));
  if (params.get('b') === '-') {
    params.delete('b');
    plan.flannel.backend = null;
  } else readEnum('b', (v) => v, (type) => (plan.flannel.backend = { type }));
  for (const [key, path, kind] of FIELDS) {
    const v = take(key);
    if (v === null) continue;
    // Options of a link without a Backend cannot be placed anywhere.
    const value = plan.flannel.backend === null && path.startsWith('flannel.backend.') ? null : readValue(kind, v);
    if (value === null) drop(key, v, 'invalid');
    else setPath(plan, path, value);
  }
  // A version that parses is read as the form holds it ("v1.30.2" → "1.30"); any other text stays, for the rules to flag.
  plan.kubernetesVersion = parseKubernetesVersion(plan.kubernetesVersion)?.text ?? plan.kubernetesVersion;
  // "kr": a patch release, kept ("1.33.1"); text that is none is dropped, since "k" is where any other text goes.
  const release = take('kr');
  if (release !== null) {
    const parsed = parseKubernetesVersion(release);
    if (parsed && parsed.release !== parsed.text) plan.kubernetesVersion = parsed.release;
    else drop('kr', release, 'invalid');
  }
  const flannel = parseFlannelVersion(plan.flannelVersion);
  if (flannel) plan.flannelVersion = formatSemver(flannel);

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
      const code = /^([cw])(i?)(j?)(?:x(?=[n46])(n?)(4?)(6?))?$/.exec(fields[1] ?? '');
      if (!code || fields.length !== 4 + code[2]!.length + code[3]!.length || fields.includes(null)) drop('n', row, 'invalid');
      else if (fields.some((f) => f!.length > MAX_VALUE_LENGTH)) drop('n', row, 'too-long');
      else {
        const [name, , ipv4, ipv6, ...extra] = fields as string[];
        const node: PlanNode = { name: name!, role: code[1] === 'c' ? 'control-plane' : 'worker', ipv4: ipv4!, ipv6: ipv6! };
        if (code[2]) node.nodeIp = extra.shift()!;
        if (code[3]) node.joinEndpoint = extra.shift()!;
        const example = EXAMPLE_FIELDS.filter((field) => code[4 + EXAMPLE_FIELDS.indexOf(field)]);
        if (example.length) node.example = example;
        nodes.push(node);
      }
    }
    // A plan needs at least one node: with none readable, the default stays.
    if (nodes.length) plan.nodes = nodes;
  }

  let step: LinkStep | undefined;
  readEnum('step', (v) => LINK_STEPS.find((id) => id === v) ?? null, (id) => (step = id));

  for (const [key, value] of params) dropped.push({ key: key.slice(0, 40), value: value.slice(0, 80), reason: 'unknown-key' });
  return step === undefined ? { plan, dropped } : { plan, dropped, step };
}
