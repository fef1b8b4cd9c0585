import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'setting')} ${s(p, 'cidr')} 与保留地址重叠（${s(p, 'kinds')}）`,
  reads: () => '内核、kubelet 和 kube-proxy 会特殊处理环回、链路本地、组播和未指定地址。',
  happens: () => '分到这些地址的 Pod 或 Service 不可达，或破坏节点网络。',
  fix: () => '使用私有范围：10.0.0.0/8、172.16.0.0/12、192.168.0.0/16 或 ULA fd00::/8。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'RFC 6890 特殊用途地址段；kubelet validateNodeIP 和 kube-proxy 会特殊处理它们';
