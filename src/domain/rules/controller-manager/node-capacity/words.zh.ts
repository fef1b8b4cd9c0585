import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'cidr')} 按 /${s(p, 'mask')} 分块只能容纳 ${s(p, 'usable')} 个节点；规划中有 ${s(p, 'nodes')} 个`,
  reads: (p) => `kube-controller-manager 给每个节点分配 Pod CIDR 中的一个 /${s(p, 'mask')} 网段：2^(${s(p, 'mask')}−${s(p, 'prefix')}) = ${s(p, 'blocks')} 块，再减去与 Service CIDR 重叠的块。`,
  happens: () => '超出的节点拿不到 podCIDR：事件 "CIDRNotAvailable"，错误 "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range"；这些节点上的 Flannel 失败，Pod 没有网络。',
  fix: (p) => `调大 ${s(p, 'flag')}（块更小、节点更多）或扩大 Pod CIDR。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kube-controller-manager ipam/cidrset cidr_set.go AllocateNext（"CIDR allocation failed"）；range_allocator.go filterOutServiceRange；kubernetes/kubernetes#112367、flannel-io/flannel#1688';
