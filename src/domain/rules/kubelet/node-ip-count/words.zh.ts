import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'node')} 的 node-ip "${s(p, 'value')}" 只能是一个 IP，或一个 IPv4 加一个 IPv6`,
  reads: () => 'kubelet 启动时解析 --node-ip（nodeRegistration.kubeletExtraArgs）。',
  happens: (p) =>
    `kubelet 报错 'bad --node-ip "${s(p, 'value')}"${s(p, 'parser') === 'legacy' ? ';' : ':'} must contain either a single IP or a dual-stack pair of IPs' 并退出，节点无法加入。`,
  fix: () => '每个地址族给一个地址，主地址族在前。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'component-helpers node/util/ips.go ParseNodeIPArgument（1.27+，PR #116305）；更早在 kubelet cmd/kubelet/app/server.go 的 `run` 中';
