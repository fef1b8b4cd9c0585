// A one-click fix is offered only when the engine has checked it: applied to the plan, the rules run again must no
// longer show its diagnostic, and must show no error and no warning the plan did not have. Rules propose candidates
// from the user's own values, in order of preference; this keeps those that hold.
import type { Plan } from '../plan';
import type { Diagnostic, PlanFix } from './types';

/** The plan with a fix's values set; the plan given is not changed. */
export function applyFix(plan: Plan, fix: PlanFix): Plan {
  const next = copy(plan);
  for (const { field, value } of fix.set) setPath(next, field, value);
  return next;
}

// A Plan is plain JSON data (the permalink and plan files hold it so).
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function setPath(target: object, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value === undefined ? undefined : copy(value);
}

/** What makes two diagnostics the same problem: the rule and the fields it points at (values may change). */
const problemKey = (d: Diagnostic): string => `${d.rule}\u0000${d.fields.join(',')}`;

function countBy(diagnostics: readonly Diagnostic[], severity?: Diagnostic['severity']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (!severity || d.severity === severity) counts.set(problemKey(d), (counts.get(problemKey(d)) ?? 0) + 1);
  return counts;
}

/** Why a fix does not hold, or null when it does: it must remove `target` and add no error or warning. */
export function fixFailure(target: Diagnostic, before: readonly Diagnostic[], after: readonly Diagnostic[]): 'still-there' | 'adds-error' | 'adds-warning' | null {
  const key = problemKey(target);
  if ((countBy(after).get(key) ?? 0) >= (countBy(before).get(key) ?? 0)) return 'still-there';
  for (const severity of ['error', 'warning'] as const) {
    const had = countBy(before, severity);
    for (const [k, n] of countBy(after, severity)) if (k !== key && n > (had.get(k) ?? 0)) return severity === 'error' ? 'adds-error' : 'adds-warning';
  }
  return null;
}

/**
 * Each diagnostic keeps, of each kind of fix (its label), the first candidate that holds: candidates come in the
 * rules' order of preference, so a failing one gives way to the next, or to none. `check` runs the rules without
 * this step, so a check is never recursive.
 */
export function keepFixesThatHold(plan: Plan, diagnostics: Diagnostic[], check: (plan: Plan) => Diagnostic[]): Diagnostic[] {
  const cache = new Map<string, Diagnostic[] | null>();
  // Each check runs every rule again, so their number is bounded: a pasted list of 500 broken node addresses must
  // not cost 500 runs per keystroke. A candidate past the bound is unchecked, so it is not offered.
  let runs = 0;
  const after = (fix: PlanFix): Diagnostic[] | null => {
    const key = JSON.stringify(fix.set);
    if (!cache.has(key)) cache.set(key, runs++ < MAX_CHECKS ? check(applyFix(plan, fix)) : null);
    return cache.get(key)!;
  };
  return diagnostics.map((d) => {
    if (d.fixes.length === 0) return d;
    const kept: PlanFix[] = [];
    for (const fix of d.fixes) {
      if (kept.some((k) => k.label === fix.label)) continue;
      const result = after(fix);
      if (result && fixFailure(d, diagnostics, result) === null) kept.push(fix);
    }
    return { ...d, fixes: kept };
  });
}

/** Re-checks per run of the rules, at most: more than a plan typed by hand needs (the worst seen had 4). */
export const MAX_CHECKS = 12;
