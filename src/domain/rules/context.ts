// Everything the rules read: the resolved plan (resolve.ts), the scopes, the Node objects of a running cluster, and
// the per-family fields' problems. Built once per run so 500 nodes stay cheap.
import { type Family, type IpAddress, otherFamily } from '../cidr';
import type { ClusterState } from '../cluster';
import type { Plan } from '../plan';
import { type NodeIps, type ResolvedPlan, resolvePlan } from '../resolve';
import { addressFieldProblem, cidrFieldProblem } from './fields';
import { fieldCandidates } from './fix-candidates';
import type { FieldProblemAt, RuleContext, Scope } from './types';

// Moved to plan.ts (derived values, which the renderers read too); re-exported for the rules that import them here.
export { type EffectiveNetConf, controllerManagerArgs, effectiveNetConf } from '../plan';
export type { NodeIps } from '../resolve';
export type { FieldProblemAt, RuleContext } from './types';
/** podSubnet or serviceSubnet as kubeadm reads it (cidr.ts parseCidrList). */
export type { CidrList as SubnetList } from '../cidr';

/** The Plan field a node address is read from: the verbatim node-ip of a file, else the family's field. */
export function nodeIpField(entry: NodeIps, family: Family): string {
  return entry.node.nodeIp !== undefined ? `nodes.${entry.index}.nodeIp` : `nodes.${entry.index}.${family}`;
}

/** An address of a node as the user wrote it. */
export function writtenAddress(entry: NodeIps, ip: IpAddress): string {
  return entry.pieces.find((p) => p.parse.ok && p.parse.ip.value === ip.value && p.parse.ip.family === ip.family)?.text.trim() ?? '';
}

export interface ContextOptions {
  scopes?: Iterable<Scope>;
  /** The plan resolved already (resolvePlan of this very plan), for a caller that reads it too. */
  resolved?: ResolvedPlan;
  /** Read from `kubectl get nodes`; the runtime rules of scope "cluster" check it. */
  cluster?: ClusterState;
}

export function buildContext(plan: Plan, options: ContextOptions = {}): RuleContext {
  const resolved = options.resolved ?? resolvePlan(plan);
  const families = resolved.stackFamilies;
  const fieldProblems = new Map<string, FieldProblemAt>();
  for (const kind of ['podCidr', 'serviceCidr'] as const) {
    if (plan.overrides[kind === 'podCidr' ? 'podSubnet' : 'serviceSubnet'] !== undefined) continue;
    for (const family of families) {
      const value = plan[kind][family];
      const problem = cidrFieldProblem(value, family);
      const other = otherFamily(family);
      const fixes = problem ? fieldCandidates(`${kind}.${family}`, value, family, 'cidr', families.includes(other) ? { field: `${kind}.${other}`, value: plan[kind][other] } : null) : [];
      if (problem) fieldProblems.set(`${kind}.${family}`, { ...problem, what: kind === 'podCidr' ? 'pod' : 'service', family, value, node: null, fixes });
    }
  }
  plan.nodes.forEach((node, index) => {
    if (node.nodeIp !== undefined) return;
    for (const family of families) {
      const problem = addressFieldProblem(node[family], family);
      if (!problem) continue;
      const other = otherFamily(family);
      const fixes = fieldCandidates(`nodes.${index}.${family}`, node[family], family, 'address', families.includes(other) ? { field: `nodes.${index}.${other}`, value: node[other] } : null);
      fieldProblems.set(`nodes.${index}.${family}`, { ...problem, what: 'node', family, value: node[family], node, fixes });
    }
  });
  return {
    ...resolved,
    scopes: new Set(options.scopes ?? ['kubeadm', 'flannel']),
    fieldProblems,
    cluster: options.cluster ?? { nodes: [] },
  };
}
