import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: () => 'net-conf.json 同时关闭了 EnableIPv4 和 EnableIPv6',
  reads: () => 'Flannel 根据 EnableIPv4（默认 true）和 EnableIPv6 决定协议栈。',
  happens: () => 'kube-flannel 记录 "none defined stack" 并退出。',
  fix: () => '至少启用一个地址族。',
};
