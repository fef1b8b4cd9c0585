// The rule shape: rules are data with a check; their words live in src/content, keyed by id.
import type { Plan } from '../plan';
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
/** Which inputs a rule needs: the kubeadm side, the Flannel side, the Node objects of a running cluster. */
export type Scope = 'kubeadm' | 'flannel' | 'cluster';

export type Params = Record<string, string | number>;

type Leaf = string | number | boolean | bigint | symbol | null | undefined;
type Branch<T> = NonNullable<T> extends Leaf | readonly Leaf[] ? never : NonNullable<T>;
/** Dotted paths into T; list items by index. A list of plain values is set whole. */
type PathsOf<T> = T extends readonly (infer Item)[]
  ? `${number}` | `${number}.${PathsOf<Branch<Item>>}`
  : { [K in keyof T & string]-?: K | `${K}.${PathsOf<Branch<T[K]>>}` }[keyof T & string];

/**
 * A dotted Plan path, derived from the Plan type so a typo does not compile: "podCidr.ipv6", "flannel.backend.mode",
 * "nodes.0.ipv4" (`nodes.${number}.…`), "overrides.podSubnetOrder", "overrides.controllerManagerArgs.<flag>".
 */
export type PlanPath = PathsOf<Plan>;

/** A one-click change to the Plan: dotted Plan paths and their new values. */
export interface PlanFix {
  /** Key of the fix's label in the content catalogue. */
  label: string;
  params?: Params;
  set: Array<{ field: PlanPath; value: unknown }>;
}

export interface Finding {
  /** Plan fields this finding points at; defaults to the rule's fields. */
  fields?: string[];
  params?: Params;
  /** Overrides the rule's severity where the outcome depends on the version. */
  severity?: Severity;
  fixes?: PlanFix[];
}

/**
 * Stable kebab-case rule id. A template type, not string, so each rule literal keeps its own id type: otherwise
 * TypeScript may drop one rule's object type in favour of another's when typing a Rule[] literal (subtype
 * reduction), and a wrong fix path in the dropped one would go unreported.
 */
export type RuleId = `${string}-${string}`;

export interface Rule {
  id: RuleId;
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
