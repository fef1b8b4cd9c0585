// Turns a diagnostic into words: message, explanation (what reads it, what happens, the source) and fix.
import type { Diagnostic, Params, PlanFix } from '../domain/rules/types';
import type { RuleText } from './rules.en';

export interface RuleCatalogue {
  rules: Record<string, RuleText>;
  fixLabels: Record<string, (p: Params) => string>;
  /** Rule id → upstream source (domain/rules/sources.ts). */
  sources: Record<string, string>;
  sourceLabel: string;
}

/** Until the words are loaded, a diagnostic shows its rule id. */
export const NO_WORDS: RuleCatalogue = { rules: {}, fixLabels: {}, sources: {}, sourceLabel: '' };

export interface DescribedDiagnostic extends Diagnostic {
  message: string;
  explanation: string;
  fix: string;
}

export function describeDiagnostic(diagnostic: Diagnostic, catalogue: RuleCatalogue): DescribedDiagnostic {
  const text = catalogue.rules[diagnostic.rule];
  const source = catalogue.sources[diagnostic.rule] ?? '';
  if (!text) return { ...diagnostic, message: diagnostic.rule, explanation: `${catalogue.sourceLabel}: ${source}`, fix: '' };
  const p = diagnostic.params;
  return {
    ...diagnostic,
    message: text.message(p),
    explanation: `${text.reads(p)} ${text.happens(p)} ${catalogue.sourceLabel}: ${source}.`,
    fix: text.fix(p),
  };
}

export function fixLabel(fix: PlanFix, catalogue: RuleCatalogue): string {
  const label = catalogue.fixLabels[fix.label];
  return label ? label(fix.params ?? {}) : fix.label;
}
