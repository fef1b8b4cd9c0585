// What the tests from cluster-state.test.ts share.
import { describeDiagnostic } from '../../../../src/content/describe';
import { ENGLISH } from '../../../../src/content/en';
import type { ClusterNode, ClusterState } from '../../../../src/domain/cluster';
import type { Plan } from '../../../../src/domain/plan';
import { runRules } from '../../../../src/domain/rules/engine';
import type { Diagnostic, Scope } from '../../../../src/domain/rules/types';
import { plan } from '../../../helpers';

export const node = (name: string, podCidrs: string[], extra: Partial<ClusterNode> = {}): ClusterNode => ({
  name,
  controlPlane: false,
  podCidr: podCidrs[0] ?? '',
  podCidrs,
  internalIps: [],
  flannel: {},
  ...extra,
});
export const run = (p: Plan, nodes: ClusterNode[], scopes: Scope[] = ['kubeadm', 'flannel', 'cluster']): Diagnostic[] => runRules(p, { scopes, cluster: { nodes } satisfies ClusterState });
export const found = (p: Plan, nodes: ClusterNode[], rule: string, scopes?: Scope[]) => run(p, nodes, scopes).filter((d) => d.rule === rule);
export const words = (d: Diagnostic) => describeDiagnostic(d, ENGLISH);
// podSubnet 10.244.0.0/16,fd00:10:244::/56 (the default plan: dual-stack, IPv4 first).
export const dualFirst4 = plan();
