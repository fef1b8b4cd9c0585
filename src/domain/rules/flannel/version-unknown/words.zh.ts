import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Flannel 版本 "${s(p, 'value')}" 超出本工具已知范围；规则按 v${s(p, 'assumed')} 处理`,
  reads: () => 'Flannel 规则随版本变化：v0.15.0 是第一个支持双栈的版本，v0.28.9 是这里已知的最新版本。',
  happens: () => '检查结果可能与你的 Flannel 行为不符。',
  fix: () => '选择 v0.15.0 到 v0.28.9 之间的版本。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel 发布标签：v0.15.0（2021-10-18，第一个支持双栈的版本）到 v0.28.9（2026-08-07）';
