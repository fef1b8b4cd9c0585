import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `IPv6 Service CIDR ${s(p, 'cidr')} 比 /112 更大；Service 地址仍只来自其中第一个 /112`,
  reads: () => '旧版 Service IP 分配器最多使用 IPv6 范围中的 16 位。',
  happens: () => '只会用到 65,536 个 Service IP；MultiCIDRServiceAllocator 双写模式下 RequireDualStack Service 曾因此失败（kubernetes/kubernetes#129797）。',
  fix: () => '使用 /112。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm constants.go MaximumBitsForServiceSubnet 的注释；kubernetes/kubernetes#129797';
