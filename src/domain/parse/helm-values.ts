// Values for Flannel's Helm chart (flannel-values.yaml) → the net-conf.json the chart would write from them.
// The chart's template (chart/kube-flannel/templates/config.yaml at v0.28.9) is reproduced key by key, so whatever
// it would make of the values — including invalid JSON — is what the net-conf.json parser then reads.
import { formatSemver, parseFlannelVersion } from '../versions';
import { readFlanneldArgs } from './flanneld-args';
import type { YamlLoad } from './yaml';

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (obj: Obj, key: string): unknown => (Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined);

// chart/kube-flannel/values.yaml defaults that the template reads: helm merges the user's values over them.
const CHART_DEFAULTS = { podCidr: '10.244.0.0/16', podCidrv6: '', backend: 'vxlan', args: ['--ip-masq', '--kube-subnet-mgr'] };
const FLANNEL_KEYS = ['backend', 'image', 'args', 'enableNFTables', 'backendPort', 'vni', 'mtu', 'tunnelMode', 'psk'];

export function isHelmValuesDocument(doc: unknown): boolean {
  if (!isObj(doc) || doc.apiVersion !== undefined || doc.kind !== undefined) return false;
  const flannel = own(doc, 'flannel');
  return own(doc, 'podCidr') !== undefined || own(doc, 'podCidrv6') !== undefined || (isObj(flannel) && FLANNEL_KEYS.some((key) => own(flannel, key) !== undefined));
}

/** Go templates' truth: false, 0, nil, and empty strings, lists and maps are false. */
function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isObj(value)) return Object.keys(value).length > 0;
  return true;
}

/** {{ .Values.x }}: a value printed as Go prints it; a string comes out without quotes. */
function printed(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? '[]' : 'map[]';
}

/** {{ .Values.x | quote }}: sprig's quote, a Go %q string. */
const quoted = (value: unknown): string => JSON.stringify(printed(value));

export interface HelmValues {
  /** net-conf.json as the chart would write it: one key per line. */
  netConfText: string;
  /** For each line of netConfText (1-based), the values path it comes from. */
  lineSources: Array<string | undefined>;
  /** Values path → line in the file. */
  lines: Map<string, number>;
  version?: { value: string; line?: number; tag: string };
  iface?: string;
}

export function readHelmValues(loaded: Extract<YamlLoad, { ok: true }>): HelmValues | null {
  const index = loaded.documents.findIndex(isHelmValuesDocument);
  if (index < 0) return null;
  const values = loaded.documents[index] as Obj;
  const lines = loaded.lines[index] ?? new Map<string, number>();
  const flannel = isObj(own(values, 'flannel')) ? (own(values, 'flannel') as Obj) : {};
  const value = (key: string): unknown => own(flannel, key);
  const podCidr = own(values, 'podCidr') === undefined ? CHART_DEFAULTS.podCidr : own(values, 'podCidr');
  const podCidrv6 = own(values, 'podCidrv6') === undefined ? CHART_DEFAULTS.podCidrv6 : own(values, 'podCidrv6');
  const backend = value('backend') === undefined ? CHART_DEFAULTS.backend : value('backend');

  const body: Array<[string, string]> = [];
  if (truthy(podCidr)) body.push([`"Network": ${quoted(podCidr)},`, 'podCidr']);
  else body.push(['"EnableIPv4": false,', 'podCidr']);
  if (truthy(podCidrv6)) body.push([`"IPv6Network": ${quoted(podCidrv6)},`, 'podCidrv6'], ['"EnableIPv6": true,', 'podCidrv6']);
  if (truthy(value('enableNFTables'))) body.push(['"EnableNFTables": true,', 'flannel.enableNFTables']);
  body.push(['"Backend": {', 'flannel.backend']);
  const option = (jsonKey: string, valuesKey: string, quote = false): void => {
    if (truthy(value(valuesKey))) body.push([`  "${jsonKey}": ${quote ? quoted(value(valuesKey)) : printed(value(valuesKey))},`, `flannel.${valuesKey}`]);
  };
  if (backend === 'vxlan') {
    option('Port', 'backendPort');
    option('VNI', 'vni');
    option('GBP', 'GBP');
    option('DirectRouting', 'directRouting');
    option('MTU', 'mtu');
    option('MacPrefix', 'macPrefix', true);
  } else if (backend === 'wireguard') {
    option('ListenPort', 'backendPort');
    option('ListenPortV6', 'backendPortv6');
    option('PSK', 'psk', true);
    option('MTU', 'mtu');
    option('Mode', 'tunnelMode');
    option('PersistentKeepaliveInterval', 'keepaliveInterval');
  } else if (backend === 'udp') {
    option('Port', 'backendPort');
  }
  body.push([`  "Type": ${quoted(backend)}`, 'flannel.backend'], ['}', 'flannel.backend']);
  const netConfText = `{\n${body.map(([line]) => `  ${line}`).join('\n')}\n}\n`;
  const lineSources = [undefined, ...body.map(([, source]) => source), undefined];

  const result: HelmValues = { netConfText, lineSources, lines };
  const image = value('image');
  const tag = isObj(image) ? own(image, 'tag') : undefined;
  const parsed = typeof tag === 'string' ? parseFlannelVersion(tag) : null;
  if (parsed && typeof tag === 'string') {
    const line = lines.get('flannel.image.tag');
    result.version = { value: formatSemver(parsed), tag, ...(line ? { line } : {}) };
  }
  const args = value('args') === undefined ? CHART_DEFAULTS.args : value('args');
  // The chart's DaemonSet template passes flannel.args to flanneld as they are.
  const { iface } = readFlanneldArgs(Array.isArray(args) ? args : []);
  if (iface !== undefined) result.iface = iface;
  return result;
}
