// Existing files → one Plan, its diagnostics, and where each diagnostic points in which file.
import { type Family, parseCidrList, parseIp } from '../cidr';
import type { ClusterNode, ClusterState } from '../cluster';
import { DEFAULT_DNS_DOMAIN, DEFAULT_BIND_PORT, type Plan, type Stack, defaultPlan } from '../plan';
import { type ResolvedPlan, resolvePlan } from '../resolve';
import { parserDiagnostic, runRules, sortDiagnostics } from '../rules/engine';
import type { Diagnostic, Scope, SourceLocation } from '../rules/types';
import { capDiagnostics } from '../diagnostic-cap';
import { MAX_INPUT_BYTES, MAX_NODE_LIST_BYTES, tooLargeError } from '../limits';
import { readGeneratedHeader } from '../render/header';
import { KUBERNETES_MINORS, NEWEST_FLANNEL, NEWEST_KUBERNETES, formatSemver, kubeadmApiStatus, parseFlannelVersion, parseKubernetesVersion } from '../versions';
import { KUBECTL_JSON_KINDS, NODE_PATH_DEPTH, type NodeWhere, isKubeadmConfigMapDocument, isNodesDocument, readKubeadmConfigMap, readNodes } from './cluster';
import { withoutByteOrderMark } from './encoding';
import { isFlannelManifestDocument, readFlannelManifest } from './flannel-manifest';
import { isHelmValuesDocument, readHelmValues } from './helm-values';
import { isKubeadmDocument, listFamilies, parseKubeadm, type KubeadmParse, type KubeadmSide } from './kubeadm';
import { isKustomizationDocument, readKustomization } from './kustomization';
import { type NetConfOrigin, type NetConfParse, parseNetConf } from './net-conf';
import { jsonPathLines } from './json-lines';
import { type YamlLoad, loadYaml } from './yaml';
import { rule as fileKindUnknown } from '../rules/file/kind-unknown/rule';
import { rule as flannelManifestVersion } from '../rules/flannel/manifest-version/rule';
import { rule as flannelNetConfDiffers } from '../rules/flannel/net-conf-differs/rule';
import { rule as flannelVersionAssumed } from '../rules/flannel/version-assumed/rule';
import { rule as flannelYamlInvalid } from '../rules/flannel/yaml-invalid/rule';
import { rule as kubeadmYamlInvalid } from '../rules/kubeadm/yaml-invalid/rule';
import { rule as kubernetesVersionAssumed } from '../rules/kubernetes/version-assumed/rule';

export type FileKind = 'kubeadm' | 'kubeadm-config-map' | 'nodes' | 'flannel-manifest' | 'kustomization' | 'helm-values' | 'net-conf' | 'unknown';

export interface InputFile {
  path: string;
  text: string;
}

export interface VersionChoice {
  value: string;
  /**
   * flag: given by the caller; file: a field of a file (kubernetesVersion, an image tag, a manifest URL);
   * comment: the header `generate` writes; api-version: assumed from the kubeadm apiVersion; default: newest known.
   */
  source: 'flag' | 'file' | 'comment' | 'api-version' | 'default';
  file?: string;
  /** For api-version: the apiVersion the release was chosen by. */
  apiVersion?: string;
}

export interface FilesAnalysis {
  plan: Plan;
  scopes: Scope[];
  /** kind: what the file is read as first; kinds: every kind read from it (a kubeadm config or the kubeadm-config ConfigMap, and a kube-flannel.yml's documents beside it). */
  files: Array<{ path: string; kind: FileKind; kinds: FileKind[] }>;
  /** Parser and rule diagnostics, with locations where known. */
  diagnostics: Diagnostic[];
  kubernetesVersion: VersionChoice;
  /** ClusterConfiguration.kubernetesVersion as the files wrote it (`v1.33.1`, `stable-1.33`, `latest`), when they name one. */
  writtenKubernetesVersion?: string;
  flannelVersion: VersionChoice;
  /**
   * The Plan fields the files give (a kubeadm default counts where the object that holds the field was read); the
   * others are defaults or assumptions. The wizard merges only these into its plan (plan-import.ts).
   */
  stated: StatedField[];
  /** The Node objects read (`kubectl get nodes -o yaml|json`), when any. */
  cluster?: ClusterState;
}

export type StatedField =
  | 'kubernetesVersion' | 'flannelVersion' | 'stack' | 'primaryFamily' | 'podCidr.ipv4' | 'podCidr.ipv6' | 'serviceCidr.ipv4' | 'serviceCidr.ipv6'
  | 'nodeMask.ipv4' | 'nodeMask.ipv6' | 'overrides.podSubnetOrder' | 'dnsDomain' | 'controlPlaneEndpoint' | 'advertiseAddress' | 'bindPort' | 'nodes'
  | 'flannel.backend' | 'flannel.enableNFTables' | 'flannel.iface';

export interface AnalyzeOptions {
  kubernetesVersion?: string;
  flannelVersion?: string;
  /**
   * What to assume when neither a flag nor a file names a version: the page gives its plan's, taken before a
   * release guessed from the kubeadm apiVersion; without it, that guess, else the newest known (the CLI).
   */
  assume?: { kubernetesVersion: string; flannelVersion: string };
}

const looksLikeJson = (text: string): boolean => /^\s*[{[]/.test(text);

/** kubectl's JSON output: a Kubernetes object with apiVersion and a kind this tool reads. */
function isKubectlObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Record<string, unknown>).apiVersion === 'string' && KUBECTL_JSON_KINDS.includes((value as Record<string, unknown>).kind as string);
}

/**
 * How a file is read: null for a net-conf.json (Go's decoder reads it, parse/net-conf.ts), else its documents.
 * kubectl's JSON is parsed once with JSON.parse, its lines found in one pass; only a List of Nodes may pass
 * MAX_INPUT_BYTES, up to MAX_NODE_LIST_BYTES. Anything else is YAML.
 */
export function loadInput(text: string): YamlLoad | null {
  if (!looksLikeJson(text)) return loadYaml(text);
  if (text.length > MAX_NODE_LIST_BYTES) return { ok: false, error: tooLargeError(text.length) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isKubectlObject(value)) return null;
  const nodes = isNodesDocument(value);
  if (text.length > MAX_INPUT_BYTES && !nodes) return { ok: false, error: tooLargeError(text.length) };
  return { ok: true, documents: [value], lines: [jsonPathLines(text, nodes ? NODE_PATH_DEPTH : Infinity)] };
}

export function detectKind(text: string, loaded: YamlLoad | null = loadInput(text)): FileKind {
  if (loaded === null) return 'net-conf';
  const yaml = loaded;
  if (!yaml.ok) {
    if (/kubeadm\.k8s\.io/.test(text)) return 'kubeadm';
    if (/kustomize\.config\.k8s\.io|^kind:\s*Kustomization/m.test(text)) return 'kustomization';
    if (/kube-flannel|net-conf\.json/.test(text)) return 'flannel-manifest';
    if (/^podCidr(v6)?\s*:/m.test(text)) return 'helm-values';
    return 'unknown';
  }
  if (yaml.documents.some(isKubeadmDocument)) return 'kubeadm';
  if (yaml.documents.some(isKubeadmConfigMapDocument)) return 'kubeadm-config-map';
  if (yaml.documents.some(isFlannelManifestDocument)) return 'flannel-manifest';
  if (yaml.documents.some(isNodesDocument)) return 'nodes';
  if (yaml.documents.some(isKustomizationDocument)) return readKustomization(text, yaml).flannel ? 'kustomization' : 'unknown';
  if (yaml.documents.some(isHelmValuesDocument)) return 'helm-values';
  return 'unknown';
}

function firstOfFamily(text: string, family: Family): string {
  return parseCidrList(text).pieces.find((piece) => piece.parse.ok && piece.parse.cidr.family === family)?.text ?? '';
}

function applyKubeadm(plan: Plan, side: KubeadmSide): void {
  const podText = side.podSubnet ?? '';
  // kubeadm defaults serviceSubnet to 10.96.0.0/12 (v1beta4 defaults.go).
  const serviceText = side.serviceSubnet ?? '10.96.0.0/12';
  const podFamilies = listFamilies(podText);
  const serviceFamilies = listFamilies(serviceText);
  const families = podFamilies.length ? podFamilies : serviceFamilies;
  const stack: Stack = families.length === 2 ? 'dual' : (families[0] ?? 'ipv4');
  plan.stack = stack;
  plan.primaryFamily = serviceFamilies[0] ?? families[0] ?? 'ipv4';
  plan.overrides.podSubnet = podText;
  plan.overrides.serviceSubnet = serviceText;
  if (podFamilies.length === 2 && podFamilies[0] !== plan.primaryFamily) plan.overrides.podSubnetOrder = podFamilies;
  for (const family of ['ipv4', 'ipv6'] as const) {
    plan.podCidr[family] = firstOfFamily(podText, family);
    plan.serviceCidr[family] = firstOfFamily(serviceText, family);
  }
  const args = { ...side.controllerManagerArgs };
  for (const family of ['ipv4', 'ipv6'] as const) {
    const flag = `node-cidr-mask-size-${family}`;
    plan.nodeMask[family] = '';
    // A mask of a family the cluster does not use stays an explicit flag, so its own rule can see it.
    if (args[flag] !== undefined && podFamilies.includes(family)) {
      plan.nodeMask[family] = args[flag]!;
      delete args[flag];
    }
  }
  if (Object.keys(args).length) plan.overrides.controllerManagerArgs = args;
  plan.dnsDomain = side.dnsDomain ?? DEFAULT_DNS_DOMAIN;
  plan.controlPlaneEndpoint = side.controlPlaneEndpoint ?? '';
  plan.advertiseAddress = side.advertiseAddress ?? '';
  if (plan.advertiseAddress === '' && side.hasInitOrCluster) plan.overrides.advertiseAddressAutoDetect = true;
  // kubeadm v1beta4 defaults.go SetDefaults_APIEndpoint: a 0 (or missing) bindPort is 6443.
  plan.bindPort = side.bindPort === undefined || side.bindPort === 0 ? DEFAULT_BIND_PORT : side.bindPort;
  plan.nodes = side.nodes;
  if (side.apiVersion) plan.overrides.kubeadmApiVersion = side.apiVersion;
  if (side.kubeProxyClusterCidr !== undefined) plan.overrides.kubeProxyClusterCidr = side.kubeProxyClusterCidr;
  if (side.cloudProvider !== undefined) plan.overrides.cloudProvider = side.cloudProvider;
}

function applyNetConf(plan: Plan, parsed: NetConfParse, iface: string | undefined, kubeadmKnown: boolean): void {
  const f = parsed.flannel;
  plan.flannel = {
    backend: f.backend === undefined ? { type: 'vxlan' } : f.backend,
    enableNFTables: f.enableNFTables ?? false,
    iface: iface ?? '',
    network: f.network ?? '',
    ipv6Network: f.ipv6Network ?? '',
    enableIPv4: f.enableIPv4 ?? true,
    enableIPv6: f.enableIPv6 ?? false,
  };
  for (const key of ['subnetLen', 'subnetMin', 'subnetMax', 'ipv6SubnetLen', 'ipv6SubnetMin', 'ipv6SubnetMax'] as const) {
    if (f[key] !== undefined) (plan.flannel as unknown as Record<string, unknown>)[key] = f[key];
  }
  if (!kubeadmKnown) {
    // Only Flannel's side is known: describe the pod network as Flannel sees it.
    plan.podCidr = { ipv4: plan.flannel.enableIPv4 ? plan.flannel.network ?? '' : '', ipv6: plan.flannel.enableIPv6 ? plan.flannel.ipv6Network ?? '' : '' };
    plan.stack = plan.flannel.enableIPv4 && plan.flannel.enableIPv6 ? 'dual' : plan.flannel.enableIPv6 ? 'ipv6' : 'ipv4';
    plan.primaryFamily = plan.stack === 'ipv6' ? 'ipv6' : 'ipv4';
  }
}

/**
 * Where net-conf.json's lines are in a manifest: its own lines in a block scalar ("net-conf.json: |"); in a quoted
 * string of several lines (`kubectl get cm kube-flannel-cfg -o json`) every line is the key's.
 */
function netConfOrigin(file: string, source: string, netConf: { text: string; firstLine: number }): NetConfOrigin {
  const pathPrefix = 'ConfigMap.data.net-conf.json';
  const block = /:\s*[|>][-+0-9]*\s*$/.test(source.split('\n')[netConf.firstLine - 2] ?? '');
  if (block || !netConf.text.includes('\n')) return { file, firstLine: netConf.firstLine, pathPrefix };
  return { file, firstLine: netConf.firstLine, pathPrefix, mapLine: () => ({ line: netConf.firstLine, path: pathPrefix }) };
}

/** A file that gives Flannel's side: a net-conf.json and where it sits, the Flannel version, --iface. */
interface FlannelSource {
  file: string;
  /**
   * Which configuration is checked when several are given: 0 a net-conf.json, a ConfigMap on its own or a
   * kustomization's patch (what is applied over the manifest); 1 Helm values, whose chart cannot hold every key;
   * 2 a whole manifest.
   */
  rank: number;
  netConf?: { text: string; origin: NetConfOrigin };
  version?: { value: string; line?: number; path: string; image?: string };
  iface?: string;
  /** It applies the whole DaemonSet, so flanneld runs with the arguments it gives (a manifest; a kustomization of one). */
  daemonSet?: true;
}

interface KubeadmFile {
  path: string;
  parsed: KubeadmParse;
}

/** The order in which files are read, whatever the order given: by path (join-w-2 before join-w-10), so results never depend on it. */
const PATH_ORDER = new Intl.Collator('en', { numeric: true });
const byPath = <T extends { path: string }>(a: T, b: T): number => PATH_ORDER.compare(a.path, b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * One kubeadm side from several files: the InitConfiguration's file first (its node runs kubeadm init), then the
 * ClusterConfiguration's, then join files; a value comes from the first file that sets it.
 */
function mergeKubeadm(files: KubeadmFile[]): { side: KubeadmSide; locations: Map<string, SourceLocation>; versionFile: string; firstFile: string } {
  const rank = (f: KubeadmFile): number => (f.parsed.side.hasInit ? 0 : f.parsed.side.hasInitOrCluster ? 1 : 2);
  const ordered = [...files].sort((a, b) => rank(a) - rank(b));
  const side: KubeadmSide = { hasInitOrCluster: false, hasInit: false, controllerManagerArgs: {}, nodes: [] };
  const locations = new Map<string, SourceLocation>();
  let versionFile = '';
  const scalars = ['kubernetesVersion', 'apiVersion', 'podSubnet', 'serviceSubnet', 'dnsDomain', 'controlPlaneEndpoint', 'advertiseAddress', 'bindPort', 'kubeProxyClusterCidr', 'cloudProvider'] as const;
  for (const { path, parsed } of ordered) {
    const from = parsed.side;
    const offset = side.nodes.length;
    side.hasInitOrCluster ||= from.hasInitOrCluster;
    side.hasInit ||= from.hasInit;
    if (from.hasCluster) side.hasCluster = true;
    for (const key of scalars) if (side[key] === undefined && from[key] !== undefined) (side as unknown as Record<string, unknown>)[key] = from[key];
    if (from.kubernetesVersion !== undefined && versionFile === '') versionFile = path;
    for (const [name, value] of Object.entries(from.controllerManagerArgs)) if (!(name in side.controllerManagerArgs)) side.controllerManagerArgs[name] = value;
    side.nodes.push(...from.nodes);
    for (const [field, location] of parsed.locations) {
      const node = /^nodes\.(\d+)\.(.*)$/.exec(field);
      const key = node ? `nodes.${Number(node[1]) + offset}.${node[2]}` : field;
      if (!locations.has(key)) locations.set(key, location);
    }
  }
  return { side, locations, versionFile, firstFile: ordered[0]?.path ?? '' };
}

/** The newest known release that accepts a kubeadm apiVersion without a warning, else any that reads it. */
function releaseForApiVersion(apiVersion: string): string | null {
  const minors = [...KUBERNETES_MINORS].sort((a, b) => b - a);
  const accepted = minors.find((minor) => kubeadmApiStatus(minor, apiVersion) === 'accepted');
  const readable = minors.find((minor) => ['accepted', 'deprecated', 'experimental'].includes(kubeadmApiStatus(minor, apiVersion)));
  const minor = accepted ?? readable;
  return minor === undefined ? null : `1.${minor}`;
}

// net-conf.json keys of the parsed FlannelPlan fields, for saying which ones two files disagree on.
const NET_CONF_KEYS: Array<[keyof Plan['flannel'], string]> = [
  ['network', 'Network'], ['ipv6Network', 'IPv6Network'], ['enableIPv4', 'EnableIPv4'], ['enableIPv6', 'EnableIPv6'], ['enableNFTables', 'EnableNFTables'], ['backend', 'Backend'],
  ['subnetLen', 'SubnetLen'], ['subnetMin', 'SubnetMin'], ['subnetMax', 'SubnetMax'], ['ipv6SubnetLen', 'IPv6SubnetLen'], ['ipv6SubnetMin', 'IPv6SubnetMin'], ['ipv6SubnetMax', 'IPv6SubnetMax'],
];

function sameValue(a: unknown, b: unknown): boolean {
  const normal = (value: unknown): string => {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value ?? null);
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, k === 'type' && typeof v === 'string' ? v.toLowerCase() : v] as const);
    return JSON.stringify(Object.fromEntries(entries.sort(([x], [y]) => (x < y ? -1 : 1))));
  };
  return normal(a) === normal(b);
}

/** Reads the files into one Plan and checks it. The result is the same whatever the order of the files. */
export function analyzeFiles(inputs: InputFile[], options: AnalyzeOptions = {}): FilesAnalysis {
  return analyzeResolvedFiles(inputs, options).analysis;
}

/** analyzeFiles, and the plan it read resolved (resolve.ts), as the rules read it: for a caller that reads it too. */
export function analyzeResolvedFiles(inputs: InputFile[], options: AnalyzeOptions = {}): { analysis: FilesAnalysis; resolved: ResolvedPlan } {
  const diagnostics: Diagnostic[] = [];
  const locations = new Map<string, SourceLocation>();
  // Per file: its kind, then any other kind of document read from it (a kube-flannel.yml beside a kubeadm config).
  const kinds: FileKind[][] = [];
  const plan = defaultPlan();
  plan.nodes = [];
  const kubeadmFiles: KubeadmFile[] = [];
  const sources: FlannelSource[] = [];
  const clusterNodes: Array<{ node: ClusterNode; where: NodeWhere }> = [];
  const clusterNodeNames = new Set<string>();
  let header: { kubernetesVersion: string; flannelVersion: string; file: string } | undefined;

  // A UTF-8 byte-order mark is not content: a decoder (the CLI's, the page's) may leave it at the start of a file.
  const ordered = inputs.map((input, index) => ({ path: input.path, input: { ...input, text: withoutByteOrderMark(input.text) }, index })).sort((a, b) => byPath(a, b) || a.index - b.index);
  for (const { input, index } of ordered) {
    const loaded = loadInput(input.text);
    const kind = detectKind(input.text, loaded);
    kinds[index] = [kind];
    const recorded = kind === 'unknown' ? null : readGeneratedHeader(input.text);
    if (recorded && !header) header = { ...recorded, file: input.path };
    if (kind === 'unknown') {
      diagnostics.push(parserDiagnostic(fileKindUnknown, {}, { file: input.path }));
      continue;
    }
    if (kind === 'net-conf') {
      sources.push({ file: input.path, rank: 0, netConf: { text: input.text, origin: { file: input.path, firstLine: 1, pathPrefix: '' } } });
      continue;
    }
    if (kind === 'kubeadm') kubeadmFiles.push({ path: input.path, parsed: parseKubeadm(input.text, input.path, loaded ?? undefined) });
    if (!loaded) continue;
    // Its Flannel documents are read too below (`kubectl get cm -A -o yaml` holds kubeadm-config and kube-flannel-cfg).
    if (loaded.ok && kind === 'kubeadm-config-map') kubeadmFiles.push({ path: input.path, parsed: readKubeadmConfigMap(input.text, input.path, loaded) });
    if (loaded.ok && kind === 'nodes') {
      // A node named in an earlier file (path order) is read from there; a Set, since a List holds thousands.
      for (const read of readNodes(input.path, loaded).nodes) {
        if (clusterNodeNames.has(read.node.name)) continue;
        clusterNodeNames.add(read.node.name);
        clusterNodes.push(read);
      }
      continue;
    }
    if (!loaded.ok) {
      // An unreadable kubeadm file is reported by its parser; any other YAML here is one of Flannel's.
      if (kind !== 'kubeadm') diagnostics.push(parserDiagnostic(flannelYamlInvalid, { error: loaded.error }, { file: input.path, ...(loaded.line ? { line: loaded.line } : {}) }));
      continue;
    }
    if (loaded.documents.some(isFlannelManifestDocument)) {
      if (kind !== 'flannel-manifest') kinds[index]!.push('flannel-manifest');
      const manifest = readFlannelManifest(input.text, loaded);
      const wholeManifest = loaded.documents.some((doc) => (doc as { kind?: unknown } | null)?.kind === 'DaemonSet');
      sources.push({
        file: input.path,
        rank: wholeManifest ? 2 : 0,
        ...(manifest.netConf ? { netConf: { text: manifest.netConf.text, origin: netConfOrigin(input.path, input.text, manifest.netConf) } } : {}),
        ...(manifest.version ? { version: { value: manifest.version, ...(manifest.imageLine ? { line: manifest.imageLine } : {}), path: 'DaemonSet.spec.template.spec.containers.image', image: manifest.image ?? '' } } : {}),
        ...(manifest.iface !== undefined ? { iface: manifest.iface } : {}),
        ...(wholeManifest ? { daemonSet: true as const } : {}),
      });
    } else if (kind === 'kustomization') {
      const k = readKustomization(input.text, loaded);
      sources.push({
        file: input.path,
        rank: 0,
        ...(k.netConf ? { netConf: { text: k.netConf.text, origin: { file: input.path, firstLine: k.netConf.firstLine, pathPrefix: k.netConf.path } } } : {}),
        ...(k.version ? { version: { value: k.version.value, ...(k.version.line ? { line: k.version.line } : {}), path: 'resources' } } : {}),
        ...(k.flanneld?.iface !== undefined ? { iface: k.flanneld.iface } : {}),
        ...(k.version ? { daemonSet: true as const } : {}),
      });
    } else if (kind === 'helm-values') {
      const values = readHelmValues(loaded);
      if (values) {
        const mapLine = (jsonLine: number): { line?: number; path: string } => {
          const path = values.lineSources[jsonLine - 1] ?? 'podCidr';
          const line = values.lines.get(path);
          return { ...(line ? { line } : {}), path: line ? path : `${path} (chart default)` };
        };
        sources.push({
          file: input.path,
          rank: 1,
          netConf: { text: values.netConfText, origin: { file: input.path, firstLine: 1, pathPrefix: '', mapLine } },
          ...(values.version ? { version: { value: values.version.value, ...(values.version.line ? { line: values.version.line } : {}), path: 'flannel.image.tag' } } : {}),
          ...(values.iface !== undefined ? { iface: values.iface } : {}),
        });
      }
    }
  }
  sources.sort((a, b) => a.rank - b.rank);

  const kubeadm = kubeadmFiles.length ? mergeKubeadm(kubeadmFiles) : undefined;
  for (const { parsed } of kubeadmFiles) diagnostics.push(...parsed.diagnostics);
  if (kubeadm) for (const [field, location] of kubeadm.locations) locations.set(field, location);
  const kubeadmSide = kubeadm?.side;
  const kubeadmFile = kubeadm?.firstFile ?? '';

  const inferred = kubeadmSide?.apiVersion ? releaseForApiVersion(kubeadmSide.apiVersion) : null;
  // kubeadm also takes release labels (version.go KubernetesReleaseVersion): stable-1.25 and latest-1.25 name a minor.
  const written = kubeadmSide?.kubernetesVersion ?? '';
  const fileVersion = parseKubernetesVersion(written)?.release ?? /^(?:stable|latest)-(1\.\d{1,3})$/.exec(written)?.[1] ?? '';
  const kubernetesVersion: VersionChoice = options.kubernetesVersion
    ? { value: parseKubernetesVersion(options.kubernetesVersion)?.release ?? options.kubernetesVersion, source: 'flag' }
    : fileVersion
      ? { value: fileVersion, source: 'file', file: kubeadm!.versionFile }
      : header
        ? { value: header.kubernetesVersion, source: 'comment', file: header.file }
        : inferred && kubeadmSide?.apiVersion && !options.assume
          ? { value: inferred, source: 'api-version', file: kubeadmFile, apiVersion: kubeadmSide.apiVersion }
          : { value: options.assume?.kubernetesVersion ?? NEWEST_KUBERNETES, source: 'default' };
  const versionSource = sources.find((source) => source.version);
  const flagFlannel = options.flannelVersion ? parseFlannelVersion(options.flannelVersion) : null;
  const flannelVersion: VersionChoice = options.flannelVersion
    ? { value: flagFlannel ? formatSemver(flagFlannel) : options.flannelVersion, source: 'flag' }
    : versionSource?.version
      ? { value: versionSource.version.value, source: 'file', file: versionSource.file }
      : header
        ? { value: header.flannelVersion, source: 'comment', file: header.file }
        : { value: options.assume?.flannelVersion ?? NEWEST_FLANNEL, source: 'default' };
  if (versionSource?.version) {
    const { version, file } = versionSource;
    const where = { file, ...(version.line ? { line: version.line } : {}) };
    if (version.image !== undefined) diagnostics.push(parserDiagnostic(flannelManifestVersion, { version: version.value, image: version.image }, { ...where, path: version.path }));
    locations.set('flannelVersion', where);
  }

  plan.kubernetesVersion = kubernetesVersion.value;
  plan.flannelVersion = flannelVersion.value;
  if (kubeadmSide) applyKubeadm(plan, kubeadmSide);
  const cluster = clusterNodes.length ? applyClusterNodes(plan, clusterNodes, locations) : undefined;
  const iface = sources.find((source) => source.iface !== undefined)?.iface;
  const netConfs = sources.flatMap((source) => (source.netConf ? [{ ...source.netConf, parsed: parseNetConf(source.netConf.text, source.netConf.origin, plan.flannelVersion) }] : []));
  const netConf = netConfs[0];
  for (const other of netConfs) diagnostics.push(...other.parsed.diagnostics);
  if (netConf) {
    const parsed = netConf.parsed;
    for (const [field, location] of parsed.locations) if (!locations.has(field)) locations.set(field, location);
    if (parsed.ok || Object.keys(parsed.flannel).length) applyNetConf(plan, parsed, iface, kubeadmSide !== undefined);
    for (const other of netConfs.slice(1)) {
      if (!parsed.ok || !other.parsed.ok) continue;
      const differing = NET_CONF_KEYS.filter(([field]) => !sameValue(parsed.flannel[field], other.parsed.flannel[field]));
      if (!differing.length) continue;
      const [field] = differing[0]!;
      const location = other.parsed.locations.get(`flannel.${field === 'backend' ? 'backend.type' : field}`) ?? { file: other.origin.file, line: other.origin.firstLine };
      diagnostics.push(parserDiagnostic(flannelNetConfDiffers, { used: netConf.origin.file, other: other.origin.file, keys: differing.map(([, key]) => key).join(', ') }, location));
    }
  } else if (iface !== undefined) {
    plan.flannel.iface = iface;
  }

  const scopes: Scope[] = [];
  if (kubeadmSide) scopes.push('kubeadm');
  if (cluster) scopes.push('cluster');
  // A net-conf that Flannel would refuse to parse gets no further Flannel rules: they would guess.
  if ((netConf && netConf.parsed.ok) || (!netConf && (versionSource || options.flannelVersion))) scopes.push('flannel');
  const kubeadmRead = kubeadmFiles.some((f) => !f.parsed.diagnostics.some((d) => d.rule === kubeadmYamlInvalid.id));
  if (kubeadmRead && (kubernetesVersion.source === 'default' || kubernetesVersion.source === 'api-version')) {
    const params: Record<string, string> =
      kubernetesVersion.source === 'api-version'
        ? { version: kubernetesVersion.value, basis: 'api-version', apiVersion: kubernetesVersion.apiVersion ?? '' }
        : { version: kubernetesVersion.value, basis: options.assume ? 'plan' : 'default' };
    diagnostics.push(parserDiagnostic(kubernetesVersionAssumed, params, { file: kubeadmFile }));
  }
  if (scopes.includes('flannel') && flannelVersion.source === 'default') {
    const params: Record<string, string> = options.assume ? { version: flannelVersion.value, basis: 'plan' } : { version: flannelVersion.value };
    diagnostics.push(parserDiagnostic(flannelVersionAssumed, params, netConf ? { file: netConf.origin.file } : undefined));
  }
  const stated = new Set<StatedField>();
  // A version assumed from the kubeadm apiVersion is not the files' own.
  if (kubernetesVersion.source !== 'default' && kubernetesVersion.source !== 'api-version') stated.add('kubernetesVersion');
  if (flannelVersion.source !== 'default') stated.add('flannelVersion');
  if (kubeadmSide?.hasCluster) {
    for (const field of ['stack', 'primaryFamily', 'podCidr.ipv4', 'podCidr.ipv6', 'serviceCidr.ipv4', 'serviceCidr.ipv6', 'nodeMask.ipv4', 'nodeMask.ipv6', 'overrides.podSubnetOrder', 'dnsDomain', 'controlPlaneEndpoint'] as const) stated.add(field);
  }
  if (kubeadmSide?.hasInit) for (const field of ['advertiseAddress', 'bindPort'] as const) stated.add(field);
  if (plan.nodes.length) stated.add('nodes');
  if (netConf && (netConf.parsed.ok || Object.keys(netConf.parsed.flannel).length)) {
    stated.add('flannel.backend');
    stated.add('flannel.enableNFTables');
    // Without kubeadm's side, net-conf.json's networks are the pod network (applyNetConf); one family implies the primary one.
    if (!kubeadmSide) {
      stated.add('stack');
      if (plan.flannel.enableIPv4) stated.add('podCidr.ipv4');
      if (plan.flannel.enableIPv6) stated.add('podCidr.ipv6');
      if (plan.stack !== 'dual') stated.add('primaryFamily');
    }
  }
  // A whole manifest (or a kustomization of one) without --iface runs flanneld without it.
  if (iface !== undefined || sources.some((source) => source.daemonSet)) stated.add('flannel.iface');
  const resolved = resolvePlan(plan);
  const ruleDiagnostics = runRules(plan, { scopes, resolved, ...(cluster ? { cluster } : {}) }).map((diagnostic) => {
    const field = diagnostic.fields.find((f) => locations.has(f));
    const fallbackFile = diagnostic.component === 'flannel' ? (netConf?.origin.file ?? versionSource?.file) : kubeadmFile || undefined;
    const location = field ? locations.get(field) : fallbackFile ? { file: fallbackFile } : undefined;
    return location ? { ...diagnostic, location } : diagnostic;
  });
  const analysis: FilesAnalysis = {
    plan,
    scopes,
    files: inputs.map((input, index) => ({ path: input.path, kind: kinds[index]![0]!, kinds: kinds[index]! })),
    diagnostics: capDiagnostics(sortDiagnostics([...diagnostics, ...ruleDiagnostics])),
    kubernetesVersion,
    ...(kubeadmSide?.kubernetesVersion !== undefined ? { writtenKubernetesVersion: kubeadmSide.kubernetesVersion } : {}),
    flannelVersion,
    stated: [...stated],
    ...(cluster ? { cluster } : {}),
  };
  return { analysis, resolved };
}

/**
 * The Node objects read: the cluster state the runtime rules check, and plan nodes (name, role from the control-plane
 * label, the first InternalIP of each family) for those the kubeadm files do not name. Control-plane nodes come first,
 * since the plan's first node is the one that ran kubeadm init.
 */
function applyClusterNodes(plan: Plan, read: Array<{ node: ClusterNode; where: NodeWhere }>, locations: Map<string, SourceLocation>): ClusterState {
  read.forEach(({ where }, index) => {
    locations.set(`cluster.nodes.${index}.name`, where.name);
    locations.set(`cluster.nodes.${index}.podCidrs`, where.podCidrs);
    locations.set(`cluster.nodes.${index}.internalIps`, where.internalIps);
    locations.set(`cluster.nodes.${index}.annotations`, where.annotations);
    for (const [name, location] of Object.entries(where.flannel)) if (location) locations.set(`cluster.nodes.${index}.flannel.${name}`, location);
  });
  const planned = new Set(plan.nodes.map((n) => n.name));
  const added = read.filter(({ node }) => node.name !== '' && !planned.has(node.name));
  const ordered = [...added.filter(({ node }) => node.controlPlane), ...added.filter(({ node }) => !node.controlPlane)];
  for (const { node, where } of ordered) {
    const index = plan.nodes.length;
    const first = (family: Family): string => node.internalIps.find((ip) => { const parsed = parseIp(ip, 'lenient'); return parsed.ok && parsed.ip.family === family; }) ?? '';
    plan.nodes.push({ name: node.name, role: node.controlPlane ? 'control-plane' : 'worker', ipv4: first('ipv4'), ipv6: first('ipv6') });
    locations.set(`nodes.${index}.name`, where.name);
    for (const field of ['ipv4', 'ipv6']) locations.set(`nodes.${index}.${field}`, where.internalIps);
  }
  return { nodes: read.map(({ node }) => node) };
}
