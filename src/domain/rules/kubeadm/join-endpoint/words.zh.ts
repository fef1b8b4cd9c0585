import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'node')} 的 JoinConfiguration apiServerEndpoint "${s(p, 'value')}" 需要 主机:端口`,
  reads: () => 'kubeadm join 用 net.SplitHostPort 拆分 discovery.bootstrapToken.apiServerEndpoint。',
  happens: (p) => `\`kubeadm join\` 报错 "address ${s(p, 'value')}: ${s(p, 'error')} in address"。`,
  fix: () => '写成 主机:端口，IPv6 地址加方括号：[fd00::1]:6443。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm validation.go ValidateDiscoveryTokenAPIServer：net.SplitHostPort(apiServerEndpoint)';
