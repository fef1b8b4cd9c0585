import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: () => '纯 IPv6 集群，但 net-conf.json 没有设置 "EnableIPv4": false',
  reads: () => '除非 EnableIPv4 明确为 false，Flannel 会启用 IPv4，并去寻找 IPv4 网络、路由和租约。',
  happens: (p) =>
    ({
      panic: `Flannel v${s(p, 'version')} 把节点的 IPv6 podCIDR 当作 IPv4 读取，panic："Address is not an IPv4 address"。`,
      'parse-error': `Flannel v${s(p, 'version')} 报错 "Failed to create SubnetManager: error parsing subnet config: Please define a correct Network parameter in the flannel config"（siderolabs/talos#6427）。`,
      interface: `Flannel v${s(p, 'version')} 在纯 IPv6 主机上失败："failed to get default interface: unable to find default route"，v0.26.0 起也可能是 "IPv4 is enabled but the lease has no IPv4"。`,
    })[s(p, 'outcome')] ?? '',
  fix: () => '添加 "EnableIPv4": false 并删除 Network。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel Documentation/configuration.md "IPv6 only"；siderolabs/talos#6427';
