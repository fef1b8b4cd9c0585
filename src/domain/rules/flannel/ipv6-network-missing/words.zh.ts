import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: () => 'net-conf.json 设置了 EnableIPv6，但没有 IPv6Network',
  reads: () => 'EnableIPv6 为 true 时，Flannel 从 IPv6Network 读取 IPv6 Pod 网络。',
  happens: (p) =>
    ({
      panic: `Flannel v${s(p, 'version')} 发生空指针 panic（"invalid memory address or nil pointer dereference"）。`,
      error: `Flannel v${s(p, 'version')} 报错 "error parsing subnet config: Please define a correct IPv6Network parameter in the flannel config" 并退出。`,
      unchecked: `Flannel v${s(p, 'version')} 在 kube-subnet-mgr 模式下不检查它，但官方文档要求双栈必须设置，IPv6 的地址伪装和路由都基于 IPv6Network。`,
    })[s(p, 'outcome')] ?? '',
  fix: () => '把 IPv6Network 设为 IPv6 Pod CIDR。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/subnet/config.go CheckNetworkConfig（v0.19.2 提交 861c9653）；Documentation/configuration.md "Dual-stack"';
