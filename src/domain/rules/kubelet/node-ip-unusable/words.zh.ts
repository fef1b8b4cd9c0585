import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'node')} 的 node-ip ${s(p, 'address')} 是 ${s(p, 'kind')} 地址`,
  reads: () => 'kubelet 检查每个节点 IP 是否可用并存在于本机网卡上。',
  happens: () => 'kubelet 无法验证节点 IP（"failed to validate nodeIP"），节点状态更新失败，节点保持 NotReady 或没有地址。',
  fix: () => '使用节点主网卡上的地址。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubelet kubelet_node_status.go validateNodeIP';
