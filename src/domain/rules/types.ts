// The rule shape: rules are data with a check; their words live in src/content, keyed by id.
import type { VersionRange } from '../versions';
import type { RuleContext } from './context';

export type Severity = 'error' | 'warning' | 'info';
export type Component =
  | 'kubeadm'
  | 'kube-apiserver'
  | 'kube-controller-manager'
  | 'kubelet'
  | 'kube-proxy'
  | 'flannel'
  | 'cluster';
/**
 * Where the outcome shows. kubeadm-validate: `kubeadm config validate` (and so `init`/`join`) refuses or warns about
 * the file. kubeadm-init: `config validate` accepts it, but `kubeadm init`/`join` refuses it in a later step.
 * runtime: kubeadm deploys it, and a component fails or misbehaves later.
 */
export type Phase = 'kubeadm-validate' | 'kubeadm-init' | 'runtime';
/** Which inputs a rule needs: the kubeadm side, the Flannel side, or both. */
export type Scope = 'kubeadm' | 'flannel';

export type Params = Record<string, string | number>;

/** A one-click change to the Plan: dotted Plan paths and their new values. */
export interface PlanFix {
  /** Key of the fix's label in the content catalogue. */
  label: string;
  params?: Params;
  set: Array<{ field: string; value: unknown }>;
}

export interface Finding {
  /** Plan fields this finding points at; defaults to the rule's fields. */
  fields?: string[];
  params?: Params;
  /** Overrides the rule's severity where the outcome depends on the version. */
  severity?: Severity;
  fixes?: PlanFix[];
}

export interface Rule {
  id: string;
  severity: Severity;
  component: Component;
  phase: Phase;
  /** Plan fields the rule reads, e.g. "podCidr.ipv6", "nodes.*.ipv4". */
  fields: readonly string[];
  /** Versions where the rule applies; outside them it stays silent. */
  versions?: { kubernetes?: VersionRange; flannel?: VersionRange };
  needs: readonly Scope[];
  /** Absent for rules that only the file parsers emit (they see raw JSON or YAML). */
  check?: (ctx: RuleContext) => Finding[];
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  component: Component;
  phase: Phase;
  fields: string[];
  params: Params;
  fixes: PlanFix[];
  /** Set by the file parsers: where in which file. */
  location?: SourceLocation;
}

export interface SourceLocation {
  file: string;
  line?: number;
  /** Path inside the file, e.g. "ClusterConfiguration.networking.podSubnet". */
  path?: string;
}
