import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `controlPlaneEndpoint "${s(p, 'value')}" 不是有效的 主机 或 主机:端口`,
  reads: () => 'kubeadm 把 controlPlaneEndpoint 拆成主机和端口；主机必须是 IP 或 DNS 名称。',
  happens: (p) => `\`kubeadm init\` 报错 "endpoint is not valid"。${s(p, 'hint') === 'bracket-without-port' ? '方括号只能和端口一起使用。' : ''}`,
  fix: (p) => (s(p, 'suggestion') ? `写成 "${s(p, 'suggestion')}"，或去掉方括号。` : '使用 DNS 名称、IP 或 [IPv6]:端口。'),
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm endpoint.go ParseHostPort，经由 ValidateHostPort';
