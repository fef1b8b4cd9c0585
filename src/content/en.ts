// The English rule catalogue; the page loads it when it first has a diagnostic to show.
import type { RuleCatalogue } from './describe';
import { RULE_SOURCES } from '../domain/rules/sources';
import { fixLabelsEn, ruleTextEn } from './rules.en';

export const ENGLISH: RuleCatalogue = { rules: ruleTextEn, fixLabels: fixLabelsEn, sources: RULE_SOURCES, sourceLabel: 'Source' };
