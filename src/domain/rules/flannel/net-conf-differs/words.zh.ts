import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'other')} 给出的 net-conf.json 与 ${s(p, 'used')} 不同（${s(p, 'keys')}）；检查的是 ${s(p, 'used')}`,
  reads: () => 'Flannel 只读取一个 net-conf.json：最后一次应用的 kube-flannel-cfg ConfigMap 中的那个。',
  happens: () => '最后应用的文件决定 Flannel 的行为；另一份配置会被无声地替换。',
  fix: () => '只保留一个 Flannel 配置来源，或让它们一致。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/subnet/kube/kube.go NewSubnetManager 只读取一个 net-conf.json（--net-config-path），来自 kube-flannel-cfg ConfigMap';
