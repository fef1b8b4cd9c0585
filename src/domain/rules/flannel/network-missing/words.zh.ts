import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: () => 'IPv4 已启用，但 net-conf.json 没有 Network',
  reads: () => 'Flannel 检查 Network 是否包含每个节点的 IPv4 podCIDR；除非设为 false，EnableIPv4 默认为 true。',
  happens: (p) =>
    ({
      accepted: `Flannel v${s(p, 'version')} 把它当作 0.0.0.0/0，地址伪装会把所有 IPv4 目的地址都当成 Pod 流量。`,
      'parse-error': `Flannel v${s(p, 'version')} 报错 "error parsing subnet config: Please define a correct Network parameter in the flannel config" 并退出。`,
      'no-ipv4-network': `Flannel v${s(p, 'version')} 报错 "could not find an ipv4 network in the flannel configuration"。`,
      'not-contained': `Flannel v${s(p, 'version')} 报错 'subnet "0.0.0.0/0" specified in the flannel net config doesn't contain "<podCIDR>" PodCIDR of the "<node>" node'。`,
    })[s(p, 'outcome')] ?? '',
  fix: (p) => (s(p, 'pod') ? `设置 "Network": "${s(p, 'pod')}"。` : '把 Network 设为 IPv4 Pod CIDR；纯 IPv6 则设置 "EnableIPv4": false。'),
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/subnet/kube/kube.go AcquireLease containsCIDR；v0.19.2 提交 861c9653（"please define a correct Network"）；Config.GetFlannelNetwork（v0.21.0–v0.24.x）';
