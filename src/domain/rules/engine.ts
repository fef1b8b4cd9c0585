// Runs the catalogue on a Plan.
import type { Plan } from '../plan';
import { flannelIn, kubernetesIn } from '../versions';
import { RULES } from './catalogue';
import { type ContextOptions, buildContext } from './context';
import { keepFixesThatHold } from './fix-check';
import type { Diagnostic, Finding, Params, Rule, Severity, SourceLocation } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function toDiagnostic(rule: Rule, finding: Finding = {}, location?: SourceLocation): Diagnostic {
  return {
    rule: rule.id,
    severity: finding.severity ?? rule.severity,
    component: rule.component,
    phase: rule.phase,
    fields: finding.fields ?? [...rule.fields],
    params: finding.params ?? {},
    fixes: finding.fixes ?? [],
    ...(location ? { location } : {}),
  };
}

/** A diagnostic for a rule that a parser detects in raw input. */
export function parserDiagnostic<P extends object>(rule: Rule<P>, params: P, location?: SourceLocation, severity?: Severity): Diagnostic {
  return toDiagnostic(rule as Rule, { params: params as Params, ...(severity ? { severity } : {}) }, location);
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export interface RunOptions extends ContextOptions {
  /** Keep only fixes the rules confirm (fix-check.ts); off only for the tests that show why it is on. */
  verifyFixes?: boolean;
}

/** The diagnostics of a plan, each with the one-click fixes that hold. */
export function runRules(plan: Plan, options: RunOptions = {}): Diagnostic[] {
  const diagnostics = checkRules(plan, options);
  if (options.verifyFixes === false || !diagnostics.some((d) => d.fixes.length > 0)) return diagnostics;
  // A fixed plan is another plan: it is resolved anew.
  const { resolved: _resolved, ...others } = options;
  return keepFixesThatHold(plan, diagnostics, (fixed) => checkRules(fixed, others));
}

/** The diagnostics with the rules' candidate fixes, unchecked. */
function checkRules(plan: Plan, options: ContextOptions): Diagnostic[] {
  const ctx = buildContext(plan, options);
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    if (!rule.check || !rule.needs.every((scope) => ctx.scopes.has(scope))) continue;
    if (rule.versions?.kubernetes && !kubernetesIn(ctx.kubernetesMinor, rule.versions.kubernetes)) continue;
    if (rule.versions?.flannel && !flannelIn(ctx.flannel, rule.versions.flannel)) continue;
    for (const finding of rule.check(ctx)) diagnostics.push(toDiagnostic(rule, finding));
  }
  return sortDiagnostics(diagnostics);
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === 'error');
