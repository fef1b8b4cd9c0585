// The Chinese catalogue, loaded on demand by the page.
import type { RuleCatalogue } from './describe';
import { fixLabelsZh, ruleTextZh } from './rules.zh';
import { uiZh } from './ui.zh';

export const ZH: { ui: typeof uiZh; rules: RuleCatalogue } = {
  ui: uiZh,
  rules: { rules: ruleTextZh, fixLabels: fixLabelsZh, sourceLabel: '来源' },
};
