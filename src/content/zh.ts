// The Chinese rule catalogue, loaded on demand by the page.
import type { RuleCatalogue } from './describe';
import { RULE_SOURCES } from '../domain/rules/sources';
import { fixLabelsZh, ruleTextZh } from './rules.zh';

export const ZH_RULES: RuleCatalogue = { rules: ruleTextZh, fixLabels: fixLabelsZh, sources: RULE_SOURCES, sourceLabel: '来源' };
