// Existing files → one Plan, its diagnostics, and where each diagnostic points in which file.
import { type Family, parseCidr } from '../cidr';
import { DEFAULT_DNS_DOMAIN, DEFAULT_BIND_PORT, type Plan, type Stack, defaultPlan } from '../plan';
import { parserDiagnostic, runRules, sortDiagnostics } from '../rules/engine';
import type { Diagnostic, Scope, SourceLocation } from '../rules/types';
import { NEWEST_FLANNEL, NEWEST_KUBERNETES, formatSemver, parseFlannelVersion, parseKubernetesVersion } from '../versions';
import { isFlannelManifestDocument, readFlannelManifest } from './flannel-manifest';
import { isKubeadmDocument, listFamilies, parseKubeadm, type KubeadmSide } from './kubeadm';
import { type NetConfParse, parseNetConf } from './net-conf';
import { type YamlLoad, loadYaml } from './yaml';

export type FileKind = 'kubeadm' | 'flannel-manifest' | 'net-conf' | 'unknown';

export interface InputFile {
  path: string;
  text: string;
}

export interface VersionChoice {
  value: string;
  source: 'flag' | 'file' | 'default';
  file?: string;
}

export interface FilesAnalysis {
  plan: Plan;
  scopes: Scope[];
  files: Array<{ path: string; kind: FileKind }>;
  /** Parser and rule diagnostics, with locations where known. */
  diagnostics: Diagnostic[];
  kubernetesVersion: VersionChoice;
  flannelVersion: VersionChoice;
}

export interface AnalyzeOptions {
  kubernetesVersion?: string;
  flannelVersion?: string;
}

const looksLikeJson = (text: string): boolean => /^\s*[{[]/.test(text);

export function detectKind(text: string, loaded?: YamlLoad): FileKind {
  if (looksLikeJson(text)) return 'net-conf';
  const yaml = loaded ?? loadYaml(text);
  if (!yaml.ok) {
    if (/kubeadm\.k8s\.io/.test(text)) return 'kubeadm';
    if (/kube-flannel|net-conf\.json/.test(text)) return 'flannel-manifest';
    return 'unknown';
  }
  if (yaml.documents.some(isKubeadmDocument)) return 'kubeadm';
  if (yaml.documents.some(isFlannelManifestDocument)) return 'flannel-manifest';
  return 'unknown';
}

function firstOfFamily(text: string, family: Family): string {
  for (const piece of text.split(',')) {
    const parsed = parseCidr(piece, 'lenient');
    if (parsed.ok && parsed.cidr.family === family) return piece;
  }
  return '';
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
  plan.bindPort = side.bindPort ?? DEFAULT_BIND_PORT;
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

/** Reads the files into one Plan and checks it. */
export function analyzeFiles(inputs: InputFile[], options: AnalyzeOptions = {}): FilesAnalysis {
  const diagnostics: Diagnostic[] = [];
  const locations = new Map<string, SourceLocation>();
  const files: FilesAnalysis['files'] = [];
  const plan = defaultPlan();
  plan.nodes = [];
  let kubeadmSide: KubeadmSide | undefined;
  let kubeadmFile = '';
  let manifestVersion: { value: string; file: string; line?: number; image: string } | undefined;
  let iface: string | undefined;
  const netConfs: Array<{ text: string; origin: { file: string; firstLine: number; pathPrefix: string } }> = [];

  for (const input of inputs) {
    const loaded = looksLikeJson(input.text) ? undefined : loadYaml(input.text);
    const kind = detectKind(input.text, loaded);
    files.push({ path: input.path, kind });
    if (kind === 'unknown') {
      diagnostics.push(parserDiagnostic('file-kind-unknown', {}, { file: input.path }));
    } else if (kind === 'net-conf') {
      netConfs.push({ text: input.text, origin: { file: input.path, firstLine: 1, pathPrefix: '' } });
    } else if (kind === 'kubeadm') {
      const parsed = parseKubeadm(input.text, input.path, loaded);
      diagnostics.push(...parsed.diagnostics);
      for (const [field, location] of parsed.locations) if (!locations.has(field)) locations.set(field, location);
      kubeadmSide ??= parsed.side;
      kubeadmFile ||= input.path;
      if (kubeadmSide !== parsed.side) kubeadmSide.nodes.push(...parsed.side.nodes);
    }
    if (loaded?.ok && (kind === 'flannel-manifest' || loaded.documents.some(isFlannelManifestDocument))) {
      const manifest = readFlannelManifest(input.text, loaded);
      if (manifest.netConf) netConfs.push({ text: manifest.netConf.text, origin: { file: input.path, firstLine: manifest.netConf.firstLine, pathPrefix: 'ConfigMap.data.net-conf.json' } });
      if (manifest.version && !manifestVersion) manifestVersion = { value: manifest.version, file: input.path, ...(manifest.imageLine ? { line: manifest.imageLine } : {}), image: manifest.image ?? '' };
      iface ??= manifest.iface;
    } else if (kind === 'flannel-manifest' && loaded && !loaded.ok) {
      diagnostics.push(parserDiagnostic('kubeadm-yaml-invalid', { error: loaded.error }, { file: input.path, ...(loaded.line ? { line: loaded.line } : {}) }));
    }
  }

  const kubernetesVersion: VersionChoice = options.kubernetesVersion
    ? { value: parseKubernetesVersion(options.kubernetesVersion)?.text ?? options.kubernetesVersion, source: 'flag' }
    : kubeadmSide?.kubernetesVersion && parseKubernetesVersion(kubeadmSide.kubernetesVersion)
      ? { value: kubeadmSide.kubernetesVersion, source: 'file', file: kubeadmFile }
      : { value: NEWEST_KUBERNETES, source: 'default' };
  const flagFlannel = options.flannelVersion ? parseFlannelVersion(options.flannelVersion) : null;
  const flannelVersion: VersionChoice = options.flannelVersion
    ? { value: flagFlannel ? formatSemver(flagFlannel) : options.flannelVersion, source: 'flag' }
    : manifestVersion
      ? { value: manifestVersion.value, source: 'file', file: manifestVersion.file }
      : { value: NEWEST_FLANNEL, source: 'default' };
  if (manifestVersion) {
    diagnostics.push(parserDiagnostic('flannel-manifest-version', { version: manifestVersion.value, image: manifestVersion.image }, { file: manifestVersion.file, ...(manifestVersion.line ? { line: manifestVersion.line } : {}), path: 'DaemonSet.spec.template.spec.containers.image' }));
    locations.set('flannelVersion', { file: manifestVersion.file, ...(manifestVersion.line ? { line: manifestVersion.line } : {}) });
  }

  plan.kubernetesVersion = kubernetesVersion.value;
  plan.flannelVersion = flannelVersion.value;
  if (kubeadmSide) applyKubeadm(plan, kubeadmSide);
  const netConf = netConfs[0];
  let netConfOk = false;
  if (netConf) {
    const parsed = parseNetConf(netConf.text, netConf.origin, plan.flannelVersion);
    diagnostics.push(...parsed.diagnostics);
    for (const [field, location] of parsed.locations) if (!locations.has(field)) locations.set(field, location);
    netConfOk = parsed.ok;
    if (parsed.ok || Object.keys(parsed.flannel).length) applyNetConf(plan, parsed, iface, kubeadmSide !== undefined);
  } else if (iface !== undefined) {
    plan.flannel.iface = iface;
  }

  const scopes: Scope[] = [];
  if (kubeadmSide) scopes.push('kubeadm');
  // A net-conf that Flannel would refuse to parse gets no further Flannel rules: they would guess.
  if ((netConf && netConfOk) || (!netConf && (manifestVersion || options.flannelVersion))) scopes.push('flannel');
  const ruleDiagnostics = runRules(plan, { scopes }).map((diagnostic) => {
    const field = diagnostic.fields.find((f) => locations.has(f));
    const fallbackFile = diagnostic.component === 'flannel' ? (netConf?.origin.file ?? manifestVersion?.file) : kubeadmFile || undefined;
    const location = field ? locations.get(field) : fallbackFile ? { file: fallbackFile } : undefined;
    return location ? { ...diagnostic, location } : diagnostic;
  });
  return {
    plan,
    scopes,
    files,
    diagnostics: sortDiagnostics([...diagnostics, ...ruleDiagnostics]),
    kubernetesVersion,
    flannelVersion,
  };
}
