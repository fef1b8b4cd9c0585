// Version facts for the Kubernetes minors and Flannel tags this tool knows.

// 1.23: dual-stack GA (website dual-stack.md feature-state v1.23 stable).
export const KUBERNETES_MINORS = [23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37] as const;
export const NEWEST_KUBERNETES = '1.37';
export const OLDEST_KUBERNETES = '1.23';

/** Flannel tags offered by the wizard; any v0.15.0–v0.28.9 version is understood by the rules. */
export const FLANNEL_TAGS = [
  '0.28.9', '0.28.8', '0.28.5', '0.28.0', '0.27.4', '0.27.0', '0.26.7', '0.26.0', '0.25.7', '0.25.0',
  '0.24.4', '0.23.0', '0.22.3', '0.21.5', '0.21.0', '0.20.2', '0.20.1', '0.20.0', '0.19.2', '0.19.0',
  '0.18.1', '0.18.0', '0.17.0', '0.16.3', '0.15.1', '0.15.0',
] as const;
export const NEWEST_FLANNEL = '0.28.9';
export const OLDEST_FLANNEL = '0.15.0';

export type KubeadmApiVersion = 'kubeadm.k8s.io/v1beta3' | 'kubeadm.k8s.io/v1beta4';
export const V1BETA2 = 'kubeadm.k8s.io/v1beta2';
export const V1BETA3: KubeadmApiVersion = 'kubeadm.k8s.io/v1beta3';
export const V1BETA4: KubeadmApiVersion = 'kubeadm.k8s.io/v1beta4';

export interface Semver {
  major: number;
  minor: number;
  patch: number;
}

export interface KubernetesVersion {
  minor: number;
  /** The patch release, when the text names one ("v1.33.2" → 2). */
  patch: number | null;
  /** The minor as the rules and the header name it: "1.33". */
  text: string;
  /**
   * The release as the Plan keeps it: "1.33.2" with its pre-release or build suffix, "1.33" for a minor alone or its
   * .0 release (both write `v1.33.0`, so a generated file reads back to the plan it came from).
   */
  release: string;
}

/** "1.33", "v1.33.2" → minor 33 (patch 2). Null when not a 1.x version. */
export function parseKubernetesVersion(text: string): KubernetesVersion | null {
  const m = /^v?1\.(\d{1,3})(?:\.(\d{1,4}))?([-+][0-9A-Za-z.-]*)?$/.exec(String(text).trim());
  if (!m) return null;
  const minor = Number(m[1]);
  const patch = m[2] === undefined ? null : Number(m[2]);
  const suffix = patch === null ? '' : (m[3] ?? '');
  return { minor, patch, text: `1.${minor}`, release: patch === null || (patch === 0 && suffix === '') ? `1.${minor}` : `1.${minor}.${patch}${suffix}` };
}

/** ClusterConfiguration.kubernetesVersion as the files write it: a minor alone as its .0 release (the comment above the
 * key asks for the exact one), a patch release as it is; text that is no version, as given. */
export function kubernetesVersionTag(version: string): string {
  const parsed = parseKubernetesVersion(version);
  return parsed ? `v${parsed.release}${parsed.release === parsed.text ? '.0' : ''}` : version;
}

export function isKnownKubernetesMinor(minor: number): boolean {
  return (KUBERNETES_MINORS as readonly number[]).includes(minor);
}

/** "0.28.9", "v0.28.9" → semver. Null when not x.y.z. */
export function parseFlannelVersion(text: string): Semver | null {
  const m = /^v?(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:[-+][0-9A-Za-z.-]*)?$/.exec(String(text).trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}

export function compareSemver(a: Semver, b: Semver): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export const formatSemver = (v: Semver): string => `${v.major}.${v.minor}.${v.patch}`;

export function isKnownFlannel(v: Semver): boolean {
  return (
    compareSemver(v, parseFlannelVersion(OLDEST_FLANNEL)!) >= 0 && compareSemver(v, parseFlannelVersion(NEWEST_FLANNEL)!) <= 0
  );
}

/** Inclusive version range; a missing end is open. Kubernetes bounds are minors, Flannel bounds are "x.y.z". */
export interface VersionRange {
  from?: string;
  to?: string;
}

/**
 * The Flannel releases that read node.spec.podCIDR as the IPv4 block and crash when podSubnet lists IPv6 first
 * (pkg/subnet/kube nodeToLease); v0.20.2 picks each node's blocks by family (PR #1672). The rule
 * The rule rules/flannel/ipv6-first-podsubnet applies in this range, and kubeadm-config.yaml's podSubnet comment names it.
 */
export const FLANNEL_IPV6_FIRST_CRASH: Required<VersionRange> = { from: '0.15.0', to: '0.20.1' };

/** "Kubernetes 1.24+; Flannel v0.15.0–v0.20.1" for a rule's or a message's versions; null for every version. */
export function versionsText(versions: { kubernetes?: VersionRange; flannel?: VersionRange } | undefined): string | null {
  const parts: string[] = [];
  const range = (name: string, prefix: string, r: VersionRange | undefined): void => {
    if (!r || (!r.from && !r.to)) return;
    if (r.from && r.to) parts.push(r.from === r.to ? `${name} ${prefix}${r.from}` : `${name} ${prefix}${r.from}–${prefix}${r.to}`);
    else if (r.from) parts.push(`${name} ${prefix}${r.from}+`);
    else parts.push(`${name} ≤ ${prefix}${r.to}`);
  };
  range('Kubernetes', '', versions?.kubernetes);
  range('Flannel', 'v', versions?.flannel);
  return parts.length ? parts.join('; ') : null;
}

export function flannelIn(v: Semver, range: VersionRange): boolean {
  if (range.from && compareSemver(v, parseFlannelVersion(range.from)!) < 0) return false;
  if (range.to && compareSemver(v, parseFlannelVersion(range.to)!) > 0) return false;
  return true;
}

export function kubernetesIn(minor: number, range: VersionRange): boolean {
  if (range.from && minor < parseKubernetesVersion(range.from)!.minor) return false;
  if (range.to && minor > parseKubernetesVersion(range.to)!.minor) return false;
  return true;
}

export type ApiVersionStatus = 'accepted' | 'deprecated' | 'experimental' | 'removed' | 'unknown';

/** kubeadm common.go validateSupportedVersion, by kubeadm minor (= kubernetesVersion, or one above). */
export function kubeadmApiStatus(minor: number, apiVersion: string): ApiVersionStatus {
  if (apiVersion === V1BETA2) {
    if (minor >= 27) return 'removed'; // PR #114540
    if (minor >= 23) return 'deprecated'; // PR #107013
    return 'accepted';
  }
  if (apiVersion === V1BETA3) {
    if (minor >= 36) return 'removed'; // PR #136016
    if (minor >= 31) return 'deprecated'; // PR #125029
    return 'accepted';
  }
  if (apiVersion === V1BETA4) {
    if (minor >= 31) return 'accepted';
    if (minor >= 28) return 'experimental'; // PR #118866
    return 'unknown';
  }
  if (apiVersion === 'kubeadm.k8s.io/v1beta1') return 'removed';
  return 'unknown';
}

/** The apiVersion we generate: v1beta4 from 1.31, v1beta3 before. */
export function preferredKubeadmApi(minor: number): KubeadmApiVersion {
  return minor >= 31 ? V1BETA4 : V1BETA3;
}
