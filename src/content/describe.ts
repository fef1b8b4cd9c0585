// Turns a diagnostic into words: message, explanation (what reads it, what happens, the source) and fix.
import type { Diagnostic, Params, PlanFix } from '../domain/rules/types';
import type { RuleText } from './rules.en';

export interface RuleCatalogue {
  rules: Record<string, RuleText>;
  fixLabels: Record<string, (p: Params) => string>;
  /** Rule id → upstream source (domain/rules/sources.ts). */
  sources: Record<string, string>;
  sourceLabel: string;
  /** How the explanation joins its parts; absent: "reads happens Source: source." (Chinese joins without spaces.) */
  explain?: (reads: string, happens: string, source: string) => string;
}

export interface DescribedDiagnostic extends Diagnostic {
  message: string;
  explanation: string;
  fix: string;
  /** The button text of each of `fixes`, in the same order. */
  fixLabels: string[];
}

export function describeDiagnostic(diagnostic: Diagnostic, catalogue: RuleCatalogue): DescribedDiagnostic {
  const text = catalogue.rules[diagnostic.rule];
  const source = catalogue.sources[diagnostic.rule] ?? '';
  const fixLabels = diagnostic.fixes.map((fix) => fixLabel(fix, catalogue));
  if (!text) return { ...diagnostic, message: diagnostic.rule, explanation: `${catalogue.sourceLabel}: ${source}`, fix: '', fixLabels };
  const p = diagnostic.params;
  return {
    ...diagnostic,
    message: text.message(p),
    explanation: catalogue.explain ? catalogue.explain(text.reads(p), text.happens(p), source) : `${text.reads(p)} ${text.happens(p)} ${catalogue.sourceLabel}: ${source}.`,
    fix: text.fix(p),
    fixLabels,
  };
}

function fixLabel(fix: PlanFix, catalogue: RuleCatalogue): string {
  const label = catalogue.fixLabels[fix.label];
  return label ? label(fix.params ?? {}) : fix.label;
}
