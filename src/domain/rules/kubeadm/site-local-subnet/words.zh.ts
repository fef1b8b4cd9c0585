import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'setting')} ${s(p, 'cidr')} 位于已弃用的站点本地范围 fec0::/10`,
  reads: () => 'kubeadm 会把每个子网与 fec0::/10 比较。',
  happens: () => 'kubeadm 输出警告后继续；站点本地地址已被弃用（RFC 3879），主机可能把它当作全局地址。',
  fix: () => '改用唯一本地地址（fd00::/8，可用 ULA 按钮生成）。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm validation.go ValidateIPNetFromString：对 fec0::/10 输出 klog 警告';
