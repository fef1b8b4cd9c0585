// Test helpers: build plans by patching the default, and look at what the rules say.
import { describeDiagnostic } from '../src/content/describe';
import { ENGLISH } from '../src/content/en';
import { type Plan, defaultPlan } from '../src/domain/plan';
import { runRules } from '../src/domain/rules/engine';
import type { Diagnostic, Scope } from '../src/domain/rules/types';

export type PlanPatch = Partial<Omit<Plan, 'flannel' | 'overrides'>> & { flannel?: Partial<Plan['flannel']>; overrides?: Plan['overrides'] };

export function plan(patch: PlanPatch = {}): Plan {
  const base = defaultPlan();
  return {
    ...base,
    ...patch,
    flannel: { ...base.flannel, ...(patch.flannel ?? {}) },
    overrides: { ...base.overrides, ...(patch.overrides ?? {}) },
  };
}

export function diagnostics(p: Plan, scopes?: Scope[]): Diagnostic[] {
  return runRules(p, scopes ? { scopes } : {});
}

export function findings(p: Plan, rule: string, scopes?: Scope[]): Diagnostic[] {
  return diagnostics(p, scopes).filter((d) => d.rule === rule);
}

export function only(p: Plan, rule: string, scopes?: Scope[]): Diagnostic {
  const found = findings(p, rule, scopes);
  if (found.length !== 1) throw new Error(`expected one ${rule}, got ${found.length}: ${JSON.stringify(diagnostics(p, scopes).map((d) => d.rule))}`);
  return found[0]!;
}

export function message(d: Diagnostic): string {
  return describeDiagnostic(d, ENGLISH).message;
}

export function explanation(d: Diagnostic): string {
  return describeDiagnostic(d, ENGLISH).explanation;
}

export const ruleIds = (p: Plan, scopes?: Scope[]): string[] => diagnostics(p, scopes).map((d) => d.rule);

/** A dual-stack plan with nothing wrong and nothing noteworthy beyond the infos every dual-stack plan gets. */
export const CLEAN_INFOS = ['flannel-dual-stack-default-routes', 'flannel-br-netfilter'];

/** Text as the CLI's standard input, handed over a few bytes at a time so lines and UTF-8 characters split across reads. */
export function stringSource(text: string, chunk = 7): { read(buffer: Uint8Array): number } {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return {
    read(buffer) {
      const count = Math.min(chunk, buffer.length, bytes.length - at);
      buffer.set(bytes.subarray(at, at + count));
      at += count;
      return count;
    },
  };
}
