// Turns a diagnostic into words: message, explanation (what reads it, what happens, the source) and fix.
import { ruleById } from '../domain/rules/catalogue';
import type { Diagnostic, PlanFix } from '../domain/rules/types';
import { type RuleText, fixLabelsEn, ruleTextEn } from './rules.en';

export interface RuleCatalogue {
  rules: Record<string, RuleText>;
  fixLabels: Record<string, (p: Record<string, string | number>) => string>;
  sourceLabel: string;
}

export const ENGLISH: RuleCatalogue = { rules: ruleTextEn, fixLabels: fixLabelsEn, sourceLabel: 'Source' };

export interface DescribedDiagnostic extends Diagnostic {
  message: string;
  explanation: string;
  fix: string;
}

export function describeDiagnostic(diagnostic: Diagnostic, catalogue: RuleCatalogue = ENGLISH): DescribedDiagnostic {
  const text = catalogue.rules[diagnostic.rule] ?? ENGLISH.rules[diagnostic.rule];
  const source = ruleById(diagnostic.rule).source;
  if (!text) return { ...diagnostic, message: diagnostic.rule, explanation: `${catalogue.sourceLabel}: ${source}`, fix: '' };
  const p = diagnostic.params;
  return {
    ...diagnostic,
    message: text.message(p),
    explanation: `${text.reads(p)} ${text.happens(p)} ${catalogue.sourceLabel}: ${source}.`,
    fix: text.fix(p),
  };
}

export function fixLabel(fix: PlanFix, catalogue: RuleCatalogue = ENGLISH): string {
  const label = catalogue.fixLabels[fix.label] ?? ENGLISH.fixLabels[fix.label];
  return label ? label(fix.params ?? {}) : fix.label;
}
