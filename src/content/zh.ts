// The Chinese rule catalogue, loaded on demand by the page and by the CLI's --lang zh-CN.
import type { RuleCatalogue } from './describe';
import { RULE_SOURCES } from '../domain/rules/sources';
import { fixLabelsZh, ruleTextZh } from './rules.zh';
import { RULE_SOURCES_ZH } from './rules.zh';

export const ZH_RULES: RuleCatalogue = {
  rules: ruleTextZh,
  fixLabels: fixLabelsZh,
  // A source with no words to translate (only files, functions and commits) is used as written.
  sources: { ...RULE_SOURCES, ...RULE_SOURCES_ZH },
  sourceLabel: '来源',
  explain: (reads, happens, source) => `${reads}${happens}来源：${source}。`,
};
