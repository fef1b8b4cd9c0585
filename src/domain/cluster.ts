// What only a running cluster shows: its Node objects as `kubectl get nodes -o yaml|json` prints them.
import { type Cidr, type Family, parseCidr } from './cidr';

/** Flannel's node annotations (flannel pkg/subnet/kube/annotations.go, default prefix flannel.alpha.coreos.com/). */
export const FLANNEL_ANNOTATION_PREFIX = 'flannel.alpha.coreos.com/';
export const FLANNEL_ANNOTATIONS = [
  'kube-subnet-manager',
  'backend-type',
  'backend-data',
  'backend-v6-data',
  'public-ip',
  'public-ipv6',
  'public-ip-overwrite',
  'public-ipv6-overwrite',
  'node-public-ip',
  'node-public-ipv6',
] as const;
export type FlannelAnnotation = (typeof FLANNEL_ANNOTATIONS)[number];

export interface ClusterNode {
  name: string;
  /** Labelled node-role.kubernetes.io/control-plane (or the older …/master). */
  controlPlane: boolean;
  /** spec.podCIDR, '' when absent. */
  podCidr: string;
  /** spec.podCIDRs as listed, [] when absent. */
  podCidrs: string[];
  /** status.addresses of type InternalIP, in order (the first is the node's primary address). */
  internalIps: string[];
  /** Flannel's annotations present on the node, by name without the prefix. */
  flannel: Partial<Record<FlannelAnnotation, string>>;
}

export interface ClusterState {
  nodes: ClusterNode[];
}

/**
 * A node's pod CIDRs as kube-controller-manager and Flannel ≥ v0.20.2 read them: spec.podCIDRs, else spec.podCIDR
 * (the API server keeps podCIDR equal to podCIDRs[0]).
 */
export function nodePodCidrs(node: ClusterNode): string[] {
  return node.podCidrs.length ? node.podCidrs : node.podCidr ? [node.podCidr] : [];
}

/** The block Flannel before v0.20.2 reads as the node's IPv4 subnet: spec.podCIDR, else podCIDRs[0]. */
export function nodeFirstPodCidr(node: ClusterNode): string {
  return node.podCidr || node.podCidrs[0] || '';
}

export function parsedPodCidrs(node: ClusterNode): Array<{ text: string; cidr: Cidr | null }> {
  return nodePodCidrs(node).map((text) => {
    const parsed = parseCidr(text, 'lenient');
    return { text, cidr: parsed.ok ? parsed.cidr : null };
  });
}

export function podCidrFamilies(node: ClusterNode): Family[] {
  return parsedPodCidrs(node).flatMap(({ cidr }) => (cidr ? [cidr.family] : []));
}
