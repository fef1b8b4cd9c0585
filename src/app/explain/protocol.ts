// What the explain worker sends the page for one pasted log: each matching rule, best first, with the lines around
// its first match, and the Plan changes that fix it where the log says enough.
import type { Component, Params, Phase, PlanPath, Severity } from '../../domain/rules/types';
import type { VersionRange } from '../../domain/versions';

export interface ExplainRequest {
  id: number;
  text: string;
}

export interface MatchView {
  rule: string;
  severity: Severity;
  component: Component;
  phase: Phase;
  /** 1-based line of the first match in the pasted text. */
  line: number;
  /** The matched text inside that line, to highlight. */
  excerpt: string;
  /** The lines around it: `context[i]` is line `first + i`; over-long lines are shortened around the excerpt. */
  first: number;
  context: string[];
  /** How many times the log prints a message of this rule. */
  count: number;
  /** The versions whose components print this message. */
  versions: { flannel?: VersionRange; kubernetes?: VersionRange };
  /** The rule words' parameters, from what the message quotes. */
  params: Params;
  /** The Plan changes that fix it, when the log says enough. */
  patch: Array<{ field: PlanPath; value: unknown }> | null;
}

export type ExplainResponse = { id: number; matches: MatchView[] } | { id: number; failed: true };
