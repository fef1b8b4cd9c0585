import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'field')} 写成了 ${s(p, 'found') === 'map' ? '映射' : s(p, 'found') === 'list' ? '列表' : s(p, 'found')}，但 ${s(p, 'apiVersion')} 需要${s(p, 'expected') === 'list' ? '列表' : '映射'}`,
  reads: () => 'kubeadm 按文档的 apiVersion 解码 extraArgs 和 kubeletExtraArgs：v1beta3 是映射，v1beta4 是 `{name, value}` 列表。',
  happens: () => '`kubeadm init` 在部署任何东西之前报解码错误（`cannot unmarshal …`）。',
  fix: (p) => (s(p, 'expected') === 'list' ? '每个参数写成 "- name: <参数>\\n  value: "<值>""。' : '参数写成映射："<参数>: "<值>""。'),
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm v1beta4 types.go：extraArgs 和 kubeletExtraArgs 是 []Arg；v1beta3 中是 map[string]string';
