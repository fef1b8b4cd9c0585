// What an upstream message (rules/<component>/<name>/upstream.ts) is, and the source lines several share.
import type { VersionRange } from '../versions';
import type { RuleId } from './catalogue';
import type { Component } from './types';

/**
 * A placeholder's kind: what the upstream format verb (%s, %q, %v, %d) prints there, as a bounded pattern.
 * cidr4/cidr6/ip4/ip6 hold one family; cidr/ip either; int a decimal; name a node or interface name; word a token
 * without spaces or quotes; text anything up to the next double quote; any anything to the end of the line.
 */
export type PlaceholderKind = 'cidr' | 'cidr4' | 'cidr6' | 'ip' | 'ip4' | 'ip6' | 'int' | 'name' | 'word' | 'text' | 'any';

export interface MessageVersions {
  kubernetes?: VersionRange;
  flannel?: VersionRange;
}

export interface UpstreamMessage {
  /** Unique in the catalogue: `<rule>/<key>`. */
  id: string;
  /** The rule whose outcome this is; the explainer ranks it first for a line with this message. */
  rule: RuleId;
  /** Other rules whose outcome prints the same words; the explainer lists them after `rule`. */
  alsoRules?: readonly RuleId[];
  component: Component;
  /** As upstream writes it, Go verbs kept (`subnet %q specified in …`). */
  text: string;
  /** One line as the component prints it, with representative values. */
  example: string;
  /**
   * How to find it in a log: literal text, `{name:kind}` for a captured value (`{:kind}` uncaptured), `[[…]]` for an
   * optional part. Compiled by `compileTemplate` to a regex whose every repetition is bounded.
   */
  template: string;
  /** Versions that print it; absent: every version this tool knows. */
  versions?: MessageVersions;
  /** Where it differs by rule: the versions in which the message is that rule's outcome (else `versions`). */
  versionsByRule?: Readonly<Record<string, MessageVersions>>;
  /** Upstream file and function, commit or tag (never a rationale). */
  source: string;
  /**
   * The rule parameters the message implies, by rule id (e.g. which outcome of a version-dependent rule it is), so
   * the rule's words can describe what the log shows; the captured values are added to them.
   */
  params?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface CompiledTemplate {
  regex: RegExp;
  /**
   * How specific a match is: the number of literal characters outside optional parts, plus each placeholder's
   * weight (a value of one family says more than any CIDR, a CIDR more than free text). The explainer ranks a more
   * specific message first, so a message that contains another (`Observed a panic: Address is not an IPv4 address`
   * contains `Address is not an IPv4 address`) or narrows it (an IPv6 PodCIDR in the containment error) wins.
   */
  specificity: number;
  /** The longest literal piece: a line without it cannot match, so the regex runs only on lines that hold it. */
  anchor: string;
  /** Names of the captured placeholders, in order. */
  captures: string[];
}

export const KUBEADM_VALIDATION = 'kubeadm cmd/kubeadm/app/apis/kubeadm/validation/validation.go';

export const FLANNEL_KUBE = 'flannel pkg/subnet/kube/kube.go AcquireLease';

export const NODE_IP = 'component-helpers node/util/ips.go ParseNodeIPArgument (1.27+, PR #116305)';

export const NODE_IP_LEGACY = 'kubelet cmd/kubelet/app/server.go run (before 1.27)';
