// Flannel net-conf.json, read the way Flannel's ParseConfig reads it: Go encoding/json into a struct.
import type { FlannelBackend, FlannelPlan } from '../plan';
import { parserDiagnostic } from '../rules/engine';
import type { Rule, Diagnostic, SourceLocation } from '../rules/types';
import { type Semver, compareSemver, flannelIn, formatSemver, parseFlannelVersion } from '../versions';
import { MAX_INPUT_BYTES, tooLargeError } from '../limits';
import { rule as flannelBackendNotObject } from '../rules/flannel/backend-not-object/rule';
import { rule as flannelJsonInvalid } from '../rules/flannel/json-invalid/rule';
import { rule as flannelJsonType } from '../rules/flannel/json-type/rule';
import { rule as flannelKeyNotCarried } from '../rules/flannel/key-not-carried/rule';
import { rule as flannelNetworksKey } from '../rules/flannel/networks-key/rule';
import { rule as flannelUnknownKey } from '../rules/flannel/unknown-key/rule';

type GoType = 'string' | 'bool' | 'uint' | 'int' | 'cidr' | 'ip' | 'object' | 'list';
// pkg/subnet/config.go Config fields (EnableNFTables from v0.25.0; Networks/IPv6Networks only v0.20.0–v0.24.x).
const TOP_LEVEL: Record<string, GoType> = {
  Network: 'cidr',
  IPv6Network: 'cidr',
  EnableIPv4: 'bool',
  EnableIPv6: 'bool',
  EnableNFTables: 'bool',
  SubnetLen: 'uint',
  SubnetMin: 'ip',
  SubnetMax: 'ip',
  IPv6SubnetLen: 'uint',
  IPv6SubnetMin: 'ip',
  IPv6SubnetMax: 'ip',
  Backend: 'object',
};
const NETWORKS_KEYS = ['Networks', 'IPv6Networks'];

// Backend options by type (pkg/backend/*): used for type checks and unknown-key warnings.
const BACKEND_KEYS: Record<string, Record<string, GoType>> = {
  vxlan: { VNI: 'int', Port: 'int', MTU: 'int', GBP: 'bool', Learning: 'bool', DirectRouting: 'bool', MacPrefix: 'string', Name: 'string' },
  'host-gw': {},
  wireguard: { PSK: 'string', ListenPort: 'int', ListenPortV6: 'int', MTU: 'int', PersistentKeepaliveInterval: 'int', Mode: 'string' },
  udp: { Port: 'int' },
  ipip: { DirectRouting: 'bool' },
  ipsec: { PSK: 'string', UDPEncap: 'bool', ESPProposal: 'string' },
  alloc: {},
  extension: { PreStartupCommand: 'string', PostStartupCommand: 'string', SubnetAddCommand: 'string', SubnetRemoveCommand: 'string' },
  'tencent-vpc': { AccessKeyID: 'string', AccessKeySecret: 'string' },
};

const BACKEND_FIELD: Record<string, keyof FlannelBackend> = {
  VNI: 'vni',
  Port: 'port',
  MTU: 'mtu',
  GBP: 'gbp',
  Learning: 'learning',
  DirectRouting: 'directRouting',
  PSK: 'psk',
  ListenPort: 'listenPort',
  ListenPortV6: 'listenPortV6',
  PersistentKeepaliveInterval: 'persistentKeepaliveInterval',
  Mode: 'mode',
  UDPEncap: 'udpEncap',
  MacPrefix: 'macPrefix',
  Name: 'name',
  ESPProposal: 'espProposal',
};

const GO_NAME: Record<GoType, string> = { string: 'string', bool: 'bool', uint: 'uint', int: 'int', cidr: 'ip.IP4Net', ip: 'ip.IP4', object: 'json.RawMessage', list: 'slice' };
const EXPECTED: Record<GoType, string> = { string: 'a string', bool: 'true or false', uint: 'a non-negative whole number', int: 'a whole number', cidr: 'a CIDR string', ip: 'an IP address string', object: 'an object', list: 'a list' };

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'string';
  return 'object';
}

function fitsType(value: unknown, type: GoType): boolean {
  switch (type) {
    case 'string':
    case 'cidr':
    case 'ip':
      return typeof value === 'string' || value === null;
    case 'bool':
      return typeof value === 'boolean' || value === null;
    case 'uint':
      return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
    case 'int':
      return value === null || (typeof value === 'number' && Number.isInteger(value));
    case 'object':
      return value === null || (typeof value === 'object' && !Array.isArray(value));
    case 'list':
      return value === null || Array.isArray(value);
  }
}

/** Case-insensitive lookup of a known key, as Go's encoding/json matches field names. */
function canonicalKey(key: string, known: Iterable<string>): string | undefined {
  const lower = key.toLowerCase();
  for (const candidate of known) if (candidate.toLowerCase() === lower) return candidate;
  return undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

function suggest(key: string, known: Iterable<string>): string {
  let best = '';
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

export interface NetConfParse {
  flannel: Partial<FlannelPlan>;
  diagnostics: Diagnostic[];
  locations: Map<string, SourceLocation>;
  ok: boolean;
}

export interface NetConfOrigin {
  file: string;
  /** Line in the file where the JSON text starts (1 for a plain net-conf.json). */
  firstLine: number;
  /** Prefix of the in-file path, e.g. "ConfigMap.data.net-conf.json". */
  pathPrefix: string;
  /** When the JSON was made from other text (Helm values): where a line of the JSON comes from in the file. */
  mapLine?: (jsonLine: number) => { line?: number; path: string };
}

/**
 * The line (1-based, relative to the JSON text) of each object key, lower-cased, as first written at any depth.
 * One pass over the text, so locating many keys stays linear: a regex per key was quadratic.
 */
export function jsonKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) line += 1;
    if (c !== 34) {
      i += 1;
      continue;
    }
    // A string: find its closing quote, stepping over escapes; newlines inside one are invalid JSON but counted.
    const start = i + 1;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 34) {
      if (text.charCodeAt(end) === 10) line += 1;
      end += text.charCodeAt(end) === 92 ? 2 : 1;
    }
    const stringLine = line;
    let next = end + 1;
    while (next < text.length && (text[next] === ' ' || text[next] === '\t' || text[next] === '\r' || text[next] === '\n')) {
      if (text[next] === '\n') line += 1;
      next += 1;
    }
    if (text[next] === ':') {
      const key = text.slice(start, Math.min(end, text.length)).toLowerCase();
      if (!lines.has(key)) lines.set(key, stringLine);
    }
    i = next;
  }
  return lines;
}

/**
 * Where JSON.parse stopped: V8 names a position, or for an unexpected token quotes the text around it
 * (10 characters either side, "..." where it cut), or says the input ended.
 */
function errorOffset(message: string, text: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/end of JSON input/.test(message)) return text.length;
  const context = /^Unexpected token .*?, (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!context) return undefined;
  const at = text.indexOf(context[2]!);
  return at < 0 ? undefined : at + (context[1] ? 10 : 0);
}

export function parseNetConf(text: string, origin: NetConfOrigin, flannelVersion: string): NetConfParse {
  const diagnostics: Diagnostic[] = [];
  const locations = new Map<string, SourceLocation>();
  const version: Semver = parseFlannelVersion(flannelVersion) ?? parseFlannelVersion('0.28.9')!;
  const mapped = (jsonLine: number): SourceLocation | null => {
    if (!origin.mapLine) return null;
    const found = origin.mapLine(jsonLine);
    return { file: origin.file, ...(found.line ? { line: found.line } : {}), path: found.path };
  };
  let keyLines: Map<string, number> | undefined;
  const keyLine = (key: string): number | undefined => (keyLines ??= jsonKeyLines(text)).get(key.toLowerCase());
  const where = (key?: string): SourceLocation => {
    const line = key ? keyLine(key) : undefined;
    return mapped(line ?? 1) ?? { file: origin.file, line: origin.firstLine + (line ?? 1) - 1, path: key ? `${origin.pathPrefix}${origin.pathPrefix ? '.' : ''}${key}` : origin.pathPrefix || '(root)' };
  };
  const fail = <P extends object>(rule: Rule<P>, params: P, location: SourceLocation): NetConfParse => {
    diagnostics.push(parserDiagnostic(rule, params, location));
    return { flannel: {}, diagnostics, locations, ok: false };
  };
  if (text.length > MAX_INPUT_BYTES) return fail(flannelJsonInvalid, { error: tooLargeError(text.length) }, where());
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = errorOffset(message, text);
    const line = offset === undefined ? 1 : text.slice(0, offset).split('\n').length;
    return fail(flannelJsonInvalid, { error: message.replace(/^JSON\.parse: /, '') }, mapped(line) ?? { file: origin.file, line: origin.firstLine + line - 1, path: origin.pathPrefix || '(root)' });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(flannelJsonType, { key: '(root)', expected: 'an object', found: jsonKind(raw), goType: 'subnet.Config' }, where());
  }

  const withNetworks = flannelIn(version, { from: '0.20.0', to: '0.24.99' });
  const values: Record<string, unknown> = {};
  const writtenAs: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const canonical = canonicalKey(key, Object.keys(TOP_LEVEL));
    const networksKey = canonicalKey(key, NETWORKS_KEYS);
    if (networksKey) {
      const outcome = !withNetworks ? 'ignored' : compareSemver(version, parseFlannelVersion('0.21.0')!) < 0 ? 'honoured' : 'reset';
      diagnostics.push(parserDiagnostic(flannelNetworksKey, { key, version: formatSemver(version), outcome }, where(key)));
      continue;
    }
    if (!canonical) {
      diagnostics.push(parserDiagnostic(flannelUnknownKey, { key, suggestion: suggest(key, Object.keys(TOP_LEVEL)) }, where(key)));
      continue;
    }
    const type = TOP_LEVEL[canonical]!;
    if (!fitsType(value, type)) {
      diagnostics.push(parserDiagnostic(flannelJsonType, { key: canonical, expected: EXPECTED[type], found: jsonKind(value), goType: GO_NAME[type] }, where(key)));
      if (canonical === 'Backend' && typeof value === 'string') {
        diagnostics.pop();
        diagnostics.push(parserDiagnostic(flannelBackendNotObject, { value }, where(key)));
      }
      continue;
    }
    // Duplicate keys, case variants included: the last one wins, as in Go.
    values[canonical] = value;
    writtenAs[canonical] = key;
  }

  const flannel: Partial<FlannelPlan> = {};
  const cidrText = (value: unknown): string => (value === null ? 'null' : String(value));
  // Missing keys keep Go's zero values; EnableIPv4 is set to true before decoding.
  flannel.network = values.Network === undefined ? '' : cidrText(values.Network);
  flannel.ipv6Network = values.IPv6Network === undefined ? '' : cidrText(values.IPv6Network);
  flannel.enableIPv4 = values.EnableIPv4 === undefined || values.EnableIPv4 === null ? true : (values.EnableIPv4 as boolean);
  flannel.enableIPv6 = values.EnableIPv6 === true;
  flannel.enableNFTables = values.EnableNFTables === true;
  if (typeof values.SubnetLen === 'number') flannel.subnetLen = values.SubnetLen;
  if (typeof values.SubnetMin === 'string') flannel.subnetMin = values.SubnetMin;
  if (typeof values.SubnetMax === 'string') flannel.subnetMax = values.SubnetMax;
  if (typeof values.IPv6SubnetLen === 'number') flannel.ipv6SubnetLen = values.IPv6SubnetLen;
  if (typeof values.IPv6SubnetMin === 'string') flannel.ipv6SubnetMin = values.IPv6SubnetMin;
  if (typeof values.IPv6SubnetMax === 'string') flannel.ipv6SubnetMax = values.IPv6SubnetMax;
  flannel.backend = values.Backend === undefined || values.Backend === null ? null : readBackend(values.Backend as Record<string, unknown>, diagnostics, where);

  const fieldKeys: Record<string, string> = {
    'flannel.network': 'Network',
    'flannel.ipv6Network': 'IPv6Network',
    'flannel.enableIPv4': 'EnableIPv4',
    'flannel.enableIPv6': 'EnableIPv6',
    'flannel.enableNFTables': 'EnableNFTables',
    'flannel.subnetLen': 'SubnetLen',
    'flannel.subnetMin': 'SubnetMin',
    'flannel.subnetMax': 'SubnetMax',
    'flannel.backend.type': 'Backend',
    'flannel.backend.mode': 'Mode',
    'flannel.backend.psk': 'PSK',
    'flannel.backend.mtu': 'MTU',
  };
  for (const [field, key] of Object.entries(fieldKeys)) {
    const written = writtenAs[key];
    const location = written ? where(written) : keyLine(key) ? where(key) : where();
    locations.set(field, location);
  }
  return { flannel, diagnostics, locations, ok: diagnostics.every((d) => d.severity !== 'error') };
}

function readBackend(raw: Record<string, unknown>, diagnostics: Diagnostic[], where: (key?: string) => SourceLocation): FlannelBackend {
  const typeKey = Object.keys(raw).filter((key) => key.toLowerCase() === 'type').pop();
  const typeValue = typeKey ? raw[typeKey] : undefined;
  if (typeKey && typeof typeValue !== 'string' && typeValue !== null) {
    diagnostics.push(parserDiagnostic(flannelJsonType, { key: 'Backend.Type', expected: EXPECTED.string, found: jsonKind(typeValue), goType: 'string' }, where(typeKey)));
  }
  const backend: FlannelBackend = { type: typeof typeValue === 'string' ? typeValue : '' };
  // Own keys only: a Type of "__proto__" or "constructor" is a backend this tool does not model.
  const options = Object.hasOwn(BACKEND_KEYS, backend.type.toLowerCase()) ? BACKEND_KEYS[backend.type.toLowerCase()] : undefined;
  // Keys of a backend this tool does not model are read by Flannel but would be lost from the plan: say so.
  const notCarried = (key: string): void => void diagnostics.push(parserDiagnostic(flannelKeyNotCarried, { key: `Backend.${key}`, backend: backend.type }, where(key)));
  if (!options) {
    for (const key of Object.keys(raw)) if (key.toLowerCase() !== 'type') notCarried(key);
    return backend;
  }
  const target = backend as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw)) {
    if (key.toLowerCase() === 'type') continue;
    const canonical = canonicalKey(key, Object.keys(options));
    if (!canonical) {
      diagnostics.push(parserDiagnostic(flannelUnknownKey, { key: `Backend.${key}`, suggestion: suggest(key, Object.keys(options)) }, where(key)));
      continue;
    }
    const type = options[canonical]!;
    if (!fitsType(value, type)) {
      diagnostics.push(parserDiagnostic(flannelJsonType, { key: `Backend.${canonical}`, expected: EXPECTED[type], found: jsonKind(value), goType: GO_NAME[type] }, where(key)));
      continue;
    }
    const field = BACKEND_FIELD[canonical];
    if (!field) notCarried(key);
    else if (value !== null) target[field] = value;
  }
  return backend;
}
