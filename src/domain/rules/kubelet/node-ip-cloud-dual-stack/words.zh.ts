import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `在 Kubernetes ${s(p, 'kubernetes')} 上，${s(p, 'node')} 的双栈 node-ip 与 --cloud-provider=external 不能同时使用`,
  reads: (p) =>
    s(p, 'parser') === 'legacy'
      ? `只要设置了 --cloud-provider，kubelet ${s(p, 'kubernetes')} 就拒绝双栈 --node-ip；面向外部云提供商的 CloudDualStackNodeIPs 特性门控从 1.27 才有（1.29 起默认开启，1.30 GA）。`
      : '只有打开 CloudDualStackNodeIPs（1.29 起 beta 默认开启，1.30 GA）时，kubelet 才接受外部云提供商下的双栈 --node-ip。',
  happens: (p) =>
    s(p, 'parser') === 'legacy'
      ? `kubelet 报错 'dual-stack --node-ip "${s(p, 'value')}" not supported when using a cloud provider' 并退出，节点无法加入集群。`
      : `kubelet 报错 'bad --node-ip "${s(p, 'value')}": dual-stack not supported in this configuration' 并退出（kubernetes/cloud-provider-openstack#2322）。`,
  fix: (p) =>
    s(p, 'parser') === 'legacy'
      ? '使用 Kubernetes 1.29 或更高版本，或在此版本上给每个节点只配置一个 node-ip。'
      : '使用 Kubernetes 1.29 或更高版本，或在 kubelet 和云控制器管理器上打开 CloudDualStackNodeIPs 特性门控。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = '1.27 之前的 kubelet cmd/kubelet/app/server.go（任何 --cloud-provider 都拒绝双栈 --node-ip）；component-helpers node/util/ips.go ParseNodeIPArgument（PR #116305，1.27）；KEP-3705 CloudDualStackNodeIPs：1.27 alpha（默认关闭），1.29 beta（默认开启），1.30 GA（PR #123134）';
