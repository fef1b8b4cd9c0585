import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `KubeProxyConfiguration clusterCIDR "${s(p, 'value')}" 无效`,
  reads: () => 'kube-proxy 启动时校验 clusterCIDR；kubeadm 不检查组件配置。',
  happens: (p) =>
    `kube-proxy DaemonSet 反复崩溃，报错 "${
      ({ 'too-many': 'only one CIDR allowed or a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)', 'not-dual': 'must be a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)', invalid: 'must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)' } as Record<string, string>)[s(p, 'shape')] ?? ''
    }"。`,
  fix: () => '删除 clusterCIDR，让 kubeadm 填入 podSubnet；或与 podSubnet 完全一致。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kube-proxy pkg/proxy/apis/config/validation/validation.go `Validate`';
