// The rule shape: rules are data with a check; their words live in src/content, keyed by id.
import type { Family } from '../cidr';
import type { ClusterState } from '../cluster';
import type { Plan, PlanNode } from '../plan';
import type { ResolvedPlan } from '../resolve';
import type { VersionRange } from '../versions';

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

/** A finding of a rule whose words read the parameters P (its rule.ts `RuleParams`). */
export interface Finding<P extends object = Params> {
  /** Plan fields this finding points at; defaults to the rule's fields. */
  fields?: string[];
  params?: P;
  /** Overrides the rule's severity where the outcome depends on the version. */
  severity?: Severity;
  fixes?: PlanFix[];
}

/**
 * Stable kebab-case rule id. A template type, not string, so each rule literal keeps its own id type: otherwise
 * TypeScript may drop one rule's object type in favour of another's when typing a Rule[] literal (subtype
 * reduction), and a wrong fix path in the dropped one would go unreported.
 */
export type RuleIdPattern = `${string}-${string}`;

/** What is wrong with a value typed into one of the plan's per-family fields (rules/fields.ts). */
export type FieldProblem =
  /** Empty: the list leaves it out; for a pod CIDR of the stack, cluster/cidr-missing says so. */
  | { kind: 'empty' }
  /** A piece does not parse (kubeadm/subnet-syntax, kubelet/node-ip-unparsable). */
  | { kind: 'syntax'; piece: string; params: Params }
  /** Every piece parses, but the field does not hold one value of its family (cluster/field-family). */
  | { kind: 'family'; params: Params };

/** A field's problem, where it is, and the candidate fixes for it (fix-candidates.ts fieldCandidates). */
export type FieldProblemAt = FieldProblem & { what: 'pod' | 'service' | 'node'; family: Family; value: string; node: PlanNode | null; fixes: PlanFix[] };

/** What a rule's check reads: the resolved plan (resolve.ts), and what only the rules need (rules/context.ts buildContext). */
export interface RuleContext extends ResolvedPlan {
  scopes: ReadonlySet<Scope>;
  /**
   * Per-family fields (pod and Service CIDRs unless a file gave the list verbatim, node addresses unless a file gave
   * node-ip verbatim) holding something other than one value of their family, by Plan path. The rule that owns the
   * typo reports it at the field; rules that read the lists built from these fields stay silent on it.
   */
  fieldProblems: ReadonlyMap<string, FieldProblemAt>;
  /** The Node objects of a running cluster (scope "cluster"); no nodes without it. */
  cluster: ClusterState;
}

export interface Rule<P extends object = Params> {
  id: RuleIdPattern;
  severity: Severity;
  component: Component;
  phase: Phase;
  /** Plan fields the rule reads, e.g. "podCidr.ipv6", "nodes.*.ipv4". */
  fields: readonly string[];
  /** Versions where the rule applies; outside them it stays silent. */
  versions?: { kubernetes?: VersionRange; flannel?: VersionRange };
  needs: readonly Scope[];
  /** Absent for rules that only the file parsers emit (they see raw JSON or YAML). */
  check?: (ctx: RuleContext) => Finding<P>[];
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
  /** How many more of this rule in this file were left out after this one (diagnostic-cap.ts); absent when none. */
  more?: number;
}

export interface SourceLocation {
  file: string;
  line?: number;
  /** Path inside the file, e.g. "ClusterConfiguration.networking.podSubnet". */
  path?: string;
}

type Text<P> = (p: P) => string;

/** A rule's words in one language (its words.en.ts, words.zh.ts), reading its parameters P. */
export interface RuleText<P extends object = Params> {
  message: Text<P>;
  /** Which component reads the value, and how. */
  reads: Text<P>;
  /** What the user will see, with the upstream error text where one exists. */
  happens: Text<P>;
  fix: Text<P>;
}

/**
 * A rule, its id kept as a literal type so the catalogue's RuleId is the union of the ids, and its parameters P
 * taken from its check's `Finding<P>[]`, so that its words (`RuleText<P>`) read only what it produces.
 */
export function defineRule<const Id extends RuleIdPattern, P extends object = Params>(rule: Rule<P> & { id: Id }): Rule<P> & { id: Id } {
  return rule;
}
