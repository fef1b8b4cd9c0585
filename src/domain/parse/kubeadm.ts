// kubeadm multi-document YAML (v1beta3 / v1beta4) → the kubeadm side of a Plan.
import { type Family, distinctFamilies, parseCidrList, parseIp } from '../cidr';
import type { PlanNode } from '../plan';
import { parserDiagnostic } from '../rules/engine';
import type { Diagnostic, Params, SourceLocation } from '../rules/types';
import { V1BETA2, V1BETA3, V1BETA4 } from '../versions';
import { type YamlLoad, loadYaml } from './yaml';
import { rule as kubeadmBindPort } from '../rules/kubeadm/bind-port/rule';
import { rule as kubeadmExtraArgsShape } from '../rules/kubeadm/extra-args-shape/rule';
import { rule as kubeadmFieldType } from '../rules/kubeadm/field-type/rule';
import { rule as kubeadmYamlInvalid } from '../rules/kubeadm/yaml-invalid/rule';

export const KUBEADM_KINDS = ['InitConfiguration', 'ClusterConfiguration', 'JoinConfiguration'] as const;

export interface KubeadmSide {
  kubernetesVersion?: string;
  apiVersion?: string;
  podSubnet?: string;
  serviceSubnet?: string;
  dnsDomain?: string;
  controlPlaneEndpoint?: string;
  advertiseAddress?: string;
  hasInitOrCluster: boolean;
  /** An InitConfiguration was read: nodes[0] is the node that runs kubeadm init. */
  hasInit: boolean;
  /** A ClusterConfiguration was read: its networking fields hold the file's values or kubeadm's defaults. */
  hasCluster?: boolean;
  bindPort?: number;
  controllerManagerArgs: Record<string, string>;
  kubeProxyClusterCidr?: string;
  cloudProvider?: string;
  nodes: PlanNode[];
}

export interface KubeadmParse {
  side: KubeadmSide;
  diagnostics: Diagnostic[];
  /** Plan field → where it is in the file. */
  locations: Map<string, SourceLocation>;
}

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const get = (obj: unknown, ...path: string[]): unknown => {
  let cur = obj;
  for (const key of path) {
    if (!isObj(cur) || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
};

// Only scalars become text: String() of an aliased collection could expand a YAML alias bomb.
const scalarText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

export function isKubeadmDocument(doc: unknown): boolean {
  if (!isObj(doc)) return false;
  const apiVersion = typeof doc.apiVersion === 'string' ? doc.apiVersion : '';
  const kind = typeof doc.kind === 'string' ? doc.kind : '';
  return apiVersion.startsWith('kubeadm.k8s.io/') || (KUBEADM_KINDS as readonly string[]).includes(kind);
}

/**
 * What a bindPort that is not a number is, for the message: its YAML type, its value where short to say, and the JSON
 * kind Go's decoder names in its error (YAML reaches it as JSON: sigs.k8s.io/yaml YAMLToJSON).
 */
function bindPortType(value: unknown): Params {
  const type = valueType(value);
  // A quoted port ("6443") is most likely meant as that number: the fix names it.
  const port = typeof value === 'string' && /^\d{1,5}$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= 65535 ? String(Number(value)) : '';
  return { hint: 'type', ...type, port };
}

/**
 * What a value of the wrong type is, for the message: its YAML type, the value where short to say (a list or a map is
 * not quoted), and the JSON kind Go's decoder names in "cannot unmarshal <kind> into Go struct field … of type …"
 * (YAML reaches it as JSON: sigs.k8s.io/yaml YAMLToJSON; sigs.k8s.io/json decode.go literalStore).
 */
function valueType(value: unknown): { found: string; goKind: string; value: string } {
  if (typeof value === 'string') return { found: 'string', goKind: 'string', value: JSON.stringify(value) };
  if (typeof value === 'boolean') return { found: 'boolean', goKind: 'bool', value: String(value) };
  if (typeof value === 'number') return { found: 'number', goKind: 'number', value: String(value) };
  const list = Array.isArray(value);
  return { found: list ? 'list' : 'map', goKind: list ? 'array' : 'object', value: '' };
}

// YAML's spellings of the numbers JavaScript writes as Infinity and NaN (YAML 1.2 core schema).
const YAML_SPECIAL_NUMBERS = new Set(['.inf', '+.inf', '-.inf', '.nan']);

/**
 * A number or boolean as the file writes it ("1.30", where JavaScript has 1.3), for a message quoting the user's value:
 * the rest of a `key: value` line, without a comment, where it reads back as that value; else the value as JavaScript
 * writes it (a flow map, a value on its own line).
 */
function writtenScalar(lineText: string | undefined, value: number | boolean): string {
  const colon = lineText?.indexOf(': ') ?? -1;
  if (lineText === undefined || colon < 0) return String(value);
  let raw = lineText.slice(colon + 2);
  const comment = raw.indexOf(' #');
  if (comment >= 0) raw = raw.slice(0, comment);
  raw = raw.trim();
  const same = typeof value === 'boolean' ? raw.toLowerCase() === String(value) : raw !== '' && (Number(raw) === value || (!Number.isFinite(value) && YAML_SPECIAL_NUMBERS.has(raw.toLowerCase())));
  return same ? raw : String(value);
}

export function parseKubeadm(text: string, file: string, loaded: YamlLoad = loadYaml(text)): KubeadmParse {
  const diagnostics: Diagnostic[] = [];
  const locations = new Map<string, SourceLocation>();
  const side: KubeadmSide = { hasInitOrCluster: false, hasInit: false, controllerManagerArgs: {}, nodes: [] };
  if (!loaded.ok) {
    diagnostics.push(parserDiagnostic(kubeadmYamlInvalid, { error: loaded.error }, { file, ...(loaded.line ? { line: loaded.line } : {}) }));
    return { side, diagnostics, locations };
  }
  const nodeWhere: Array<Record<string, SourceLocation>> = [];
  // The file's lines, split once and only when a value must be quoted as written.
  let textLines: string[] | undefined;
  loaded.documents.forEach((doc, index) => {
    if (!isObj(doc)) return;
    const lines = loaded.lines[index] ?? new Map<string, number>();
    const kind = typeof doc.kind === 'string' ? doc.kind : '';
    const apiVersion = typeof doc.apiVersion === 'string' ? doc.apiVersion : '';
    const at = (path: string[], fallback: string[] = []): SourceLocation => {
      const line = lines.get(path.join('.')) ?? (fallback.length ? lines.get(fallback.join('.')) : undefined) ?? lines.get('kind') ?? lines.get('apiVersion');
      return { file, ...(line ? { line } : {}), path: [kind, ...path].join('.') };
    };
    const str = (path: string[]): string | undefined => {
      const value = get(doc, ...path);
      if (value === undefined || value === null) return undefined;
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') {
        const line = lines.get(path.join('.'));
        textLines ??= text.split('\n');
        const written = writtenScalar(line === undefined ? undefined : textLines[line - 1], value);
        diagnostics.push(parserDiagnostic(kubeadmFieldType, { field: [kind, ...path].join('.'), expected: 'a quoted string', ...valueType(value), value: written }, at(path)));
        return written;
      }
      diagnostics.push(parserDiagnostic(kubeadmFieldType, { field: [kind, ...path].join('.'), expected: 'a string', ...valueType(value) }, at(path)));
      return undefined;
    };

    if (apiVersion.startsWith('kubeadm.k8s.io/')) {
      side.apiVersion ??= apiVersion;
      if (!locations.has('kubernetesVersion')) locations.set('kubernetesVersion', at(['apiVersion']));
    }
    const readArgs = (path: string[]): { args: Record<string, string>; where: Record<string, SourceLocation> } => {
      const value = get(doc, ...path);
      const args: Record<string, string> = {};
      const where: Record<string, SourceLocation> = {};
      if (value === undefined || value === null) return { args, where };
      const expected = apiVersion === V1BETA4 ? 'list' : apiVersion === V1BETA3 || apiVersion === V1BETA2 ? 'map' : null;
      const found = Array.isArray(value) ? 'list' : isObj(value) ? 'map' : 'other';
      if (expected && found !== expected) {
        diagnostics.push(parserDiagnostic(kubeadmExtraArgsShape, { field: [kind, ...path].join('.'), found, expected, apiVersion }, at(path)));
      }
      if (Array.isArray(value)) {
        // v1beta4 []Arg; the last occurrence wins for kubeadm's own lookups (GetArgValue searches backwards).
        value.forEach((item, i) => {
          const name = get(item, 'name');
          if (typeof name !== 'string') return;
          args[name] = scalarText(get(item, 'value'));
          where[name] = at([...path, String(i)]);
        });
      } else if (isObj(value)) {
        for (const [name, arg] of Object.entries(value)) {
          args[name] = scalarText(arg);
          where[name] = at([...path, name]);
        }
      }
      return { args, where };
    };
    const readNode = (role: PlanNode['role'], fallbackName: string): { node: PlanNode; where: Record<string, SourceLocation> } => {
      const name = str(['nodeRegistration', 'name']) ?? fallbackName;
      const kubelet = readArgs(['nodeRegistration', 'kubeletExtraArgs']);
      const nodeIp = kubelet.args['node-ip'] ?? '';
      const node: PlanNode = { name, role, ipv4: '', ipv6: '', nodeIp };
      for (const piece of nodeIp.split(',')) {
        const ip = parseIp(piece.trim(), 'lenient');
        if (ip.ok && node[ip.ip.family] === '') node[ip.ip.family] = piece.trim();
      }
      if (kubelet.args['cloud-provider'] !== undefined) side.cloudProvider = kubelet.args['cloud-provider'];
      const ipWhere = kubelet.where['node-ip'] ?? at(['nodeRegistration']);
      return { node, where: { nodeIp: ipWhere, ipv4: ipWhere, ipv6: ipWhere, name: at(['nodeRegistration', 'name'], ['nodeRegistration']) } };
    };

    switch (kind) {
      case 'InitConfiguration': {
        side.hasInitOrCluster = true;
        side.hasInit = true;
        const advertise = str(['localAPIEndpoint', 'advertiseAddress']);
        if (advertise !== undefined) side.advertiseAddress = advertise;
        locations.set('advertiseAddress', at(['localAPIEndpoint', 'advertiseAddress'], ['localAPIEndpoint']));
        const port = get(doc, 'localAPIEndpoint', 'bindPort');
        // null is no value to Go's decoder, so kubeadm's default (6443) applies.
        if (port !== undefined && port !== null) {
          locations.set('bindPort', at(['localAPIEndpoint', 'bindPort']));
          if (typeof port === 'number') side.bindPort = port;
          // Another type is a decode error before any check (sigs.k8s.io/json decode.go literalStore: UnmarshalTypeError
          // into the int32 field); Go's decoder skips the field, so the plan keeps kubeadm's default.
          else diagnostics.push(parserDiagnostic(kubeadmBindPort, bindPortType(port), at(['localAPIEndpoint', 'bindPort'])));
        }
        // The init node comes first whatever the document order.
        const { node, where } = readNode('control-plane', 'control-plane');
        side.nodes.unshift(node);
        nodeWhere.unshift(where);
        break;
      }
      case 'ClusterConfiguration': {
        side.hasInitOrCluster = true;
        side.hasCluster = true;
        const version = str(['kubernetesVersion']);
        if (version !== undefined) {
          // As written (v1.33.0, stable-1.33): analyzeFiles reads the release from it, the import panel compares it.
          side.kubernetesVersion = version;
          locations.set('kubernetesVersion', at(['kubernetesVersion']));
        }
        const endpoint = str(['controlPlaneEndpoint']);
        if (endpoint !== undefined) side.controlPlaneEndpoint = endpoint;
        locations.set('controlPlaneEndpoint', at(['controlPlaneEndpoint']));
        const pod = str(['networking', 'podSubnet']);
        if (pod !== undefined) side.podSubnet = pod;
        const service = str(['networking', 'serviceSubnet']);
        if (service !== undefined) side.serviceSubnet = service;
        const domain = str(['networking', 'dnsDomain']);
        if (domain !== undefined) side.dnsDomain = domain;
        for (const field of ['podCidr', 'podCidr.ipv4', 'podCidr.ipv6']) locations.set(field, at(['networking', 'podSubnet'], ['networking']));
        for (const field of ['serviceCidr', 'serviceCidr.ipv4', 'serviceCidr.ipv6']) locations.set(field, at(['networking', 'serviceSubnet'], ['networking']));
        locations.set('dnsDomain', at(['networking', 'dnsDomain'], ['networking']));
        const manager = readArgs(['controllerManager', 'extraArgs']);
        Object.assign(side.controllerManagerArgs, manager.args);
        for (const family of ['ipv4', 'ipv6']) {
          locations.set(`nodeMask.${family}`, manager.where[`node-cidr-mask-size-${family}`] ?? at(['controllerManager'], ['networking']));
        }
        break;
      }
      case 'JoinConfiguration': {
        const { node, where } = readNode(get(doc, 'controlPlane') ? 'control-plane' : 'worker', `node-${side.nodes.length + 1}`);
        const endpoint = str(['discovery', 'bootstrapToken', 'apiServerEndpoint']);
        if (endpoint !== undefined) node.joinEndpoint = endpoint;
        where.joinEndpoint = at(['discovery', 'bootstrapToken', 'apiServerEndpoint'], ['discovery']);
        side.nodes.push(node);
        nodeWhere.push(where);
        break;
      }
      case 'KubeProxyConfiguration': {
        const cidr = str(['clusterCIDR']);
        if (cidr !== undefined) side.kubeProxyClusterCidr = cidr;
        locations.set('kubeProxyClusterCidr', at(['clusterCIDR']));
        break;
      }
    }
  });
  nodeWhere.forEach((where, index) => {
    for (const [key, location] of Object.entries(where)) locations.set(`nodes.${index}.${key}`, location);
  });
  return { side, diagnostics, locations };
}

/** Families of a comma list, for deciding the stack of a plan read from files. */
export function listFamilies(text: string | undefined): Family[] {
  return distinctFamilies(parseCidrList(text ?? ''));
}
