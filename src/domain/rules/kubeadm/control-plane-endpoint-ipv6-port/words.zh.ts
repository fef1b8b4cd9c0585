import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `controlPlaneEndpoint "${s(p, 'value')}" 会被当成一个 IPv6 地址，而不是 地址 + 端口 ${s(p, 'port')}`,
  reads: () => 'kubeadm 先尝试拆分主机和端口；失败时把整个字符串当作主机。',
  happens: (p) => `kubeadm 接受它，但端点是 IPv6 地址 "${s(p, 'value')}" 加默认端口，节点会连到错误的地址，证书里的 SAN 也不对。`,
  fix: (p) => `给地址加方括号：${s(p, 'intended')}。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm endpoint.go ParseHostPort：net.SplitHostPort 失败时整个字符串被当作主机';
