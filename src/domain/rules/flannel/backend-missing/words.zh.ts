import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: () => 'net-conf.json 没有 Backend，Flannel 会使用 udp',
  reads: () => 'Flannel 读取 Backend.Type；没有 Backend 时退回 "udp"（文档写的是 vxlan，代码是 udp）。',
  happens: () => 'udp 很慢、只支持 IPv4，而且只在 amd64 上可用（其他架构报 "UDP backend is not supported on this architecture"）。',
  fix: () => '添加 "Backend": {"Type": "vxlan"}。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/subnet/config.go parseBackendType：没有 Backend → "udp"（自提交 178fe9e2 以来未变）';
