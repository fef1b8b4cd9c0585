import { fam, s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `双栈集群中 ${s(p, 'node')} 没有 ${fam(p, 'missing')} node-ip`,
  reads: () => 'kubelet 用 --node-ip 上报节点的 InternalIP；没有云提供商时，它不会自动探测第二个地址族。',
  happens: (p) => `节点只列出一个地址族，hostNetwork Pod（包括 Flannel 和 kube-proxy）拿不到 ${fam(p, 'missing')} Pod IP，发往节点 ${fam(p, 'missing')} 地址的流量不被 Kubernetes 处理。`,
  fix: (p) => `补上该节点的 ${fam(p, 'missing')} 地址。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubelet `nodestatus` 包中的 NodeAddress 设置函数；KEP-3705 "Current behavior"：没有云提供商时不会自动探测双栈地址';
