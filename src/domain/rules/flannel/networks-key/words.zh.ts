import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Flannel v${s(p, 'version')} 不通过 net-conf.json 的 "${s(p, 'key')}" 键获取 Pod 网络`,
  reads: () => 'Networks 和 IPv6Networks 只存在于 v0.20.0–v0.24.x，用于 MultiClusterCIDR；v0.25.0 已移除。',
  happens: (p) =>
    ({
      honoured: `Flannel v${s(p, 'version')} 用 Networks 的第一项代替 Network。`,
      reset: `Flannel v${s(p, 'version')} 在解析时清空该值；它只从 ClusterCIDR 对象中填充。`,
      ignored: `Flannel v${s(p, 'version')} 忽略该键。`,
    })[s(p, 'outcome')] ?? '',
  fix: () => '使用 Network 和 IPv6Network。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel 提交 f174fe93（v0.20.0）和 cf1971b6（v0.25.0）';
