import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: () => '双栈集群不能使用 --node-cidr-mask-size',
  reads: () => 'kube-controller-manager 在设置节点 IPAM 时读取节点掩码参数。',
  happens: () => 'kube-controller-manager 报错 "usage of --node-cidr-mask-size is not allowed with dual-stack clusters" 并退出；节点都拿不到 podCIDR。',
  fix: () => '改用 node-cidr-mask-size-ipv4 和 node-cidr-mask-size-ipv6。',
};
