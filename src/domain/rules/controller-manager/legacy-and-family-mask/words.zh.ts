import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `--node-cidr-mask-size 与 ${s(p, 'flags')} 同时设置`,
  reads: () => 'kube-controller-manager 在设置节点 IPAM 时读取节点掩码参数。',
  happens: () => 'kube-controller-manager 报错 "usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set" 并退出。',
  fix: () => '只保留按地址族区分的参数。',
};
