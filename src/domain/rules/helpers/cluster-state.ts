// What only a running cluster shows (scope "cluster", read from `kubectl get nodes`): the podCIDRs kube-controller-manager
// gave each node, and the annotations Flannel wrote on it.
import { type Cidr, parseCidrList } from '../../cidr';
import { compareSemver, parseFlannelVersion } from '../../versions';
import type { RuleContext } from '../context';

export const atLeast = (ctx: RuleContext, text: string): boolean => compareSemver(ctx.flannel, parseFlannelVersion(text)!) >= 0;

/**
 * kube-controller-manager's --cluster-cidr: kubeadm passes podSubnet, unless controllerManager.extraArgs sets it
 * (manifests.go getControllerManagerCommand); null when it runs no node IPAM or the list would not start it.
 */
export function clusterCidrs(ctx: RuleContext): Cidr[] | null {
  if (!ctx.scopes.has('kubeadm') || !ctx.allocateNodeCidrs) return null;
  const given = ctx.controllerManagerArgs['cluster-cidr'];
  const list = given !== undefined ? parseCidrList(given.trim()) : ctx.podSubnet;
  if (given === undefined && (ctx.fieldProblems.has('podCidr.ipv4') || ctx.fieldProblems.has('podCidr.ipv6'))) return null;
  return list.valid ? list.cidrs : null;
}

export const nodeList = (names: string[]): string => names.map((name) => name || '(no name)').join(', ');
