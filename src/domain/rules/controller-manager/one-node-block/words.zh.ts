import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'cidr')} 按 /${s(p, 'mask')} 分块只能容纳一个节点`,
  reads: (p) => `kube-controller-manager 给每个节点分配 Pod CIDR 中的一个 /${s(p, 'mask')} 网段：2^(${s(p, 'mask')}−${s(p, 'prefix')}) = ${s(p, 'blocks')} 块，再减去与 Service CIDR 重叠的块。第一个节点就占用了唯一的一块。`,
  happens: () => '第二个注册的节点拿不到 podCIDR：事件 "CIDRNotAvailable"，错误 "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range"。该节点上的 Flannel 报错 "failed to acquire lease"，Pod 没有网络（flannel-io/flannel#1688、kubernetes/kubernetes#112367）。',
  fix: (p) => `调大 ${s(p, 'flag')}（块更小、节点更多）或扩大 Pod CIDR。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kube-controller-manager ipam/cidrset cidr_set.go AllocateNext（"CIDR allocation failed"）；kubernetes/kubernetes#112367、kubernetes/kubeadm#2391、flannel-io/flannel#1688';
