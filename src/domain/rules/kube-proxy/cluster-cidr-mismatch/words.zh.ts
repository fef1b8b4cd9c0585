import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `KubeProxyConfiguration clusterCIDR "${s(p, 'value')}" 与 podSubnet "${s(p, 'podSubnet')}" 不同`,
  reads: () => 'kube-proxy 在做地址伪装时用 clusterCIDR 区分 Pod 流量和外部流量。',
  happens: () => 'kubeadm 只给出警告；来自 clusterCIDR 之外的 Pod 流量被当作外部流量，可能导致 Service 访问或源地址异常。',
  fix: () => '删除 clusterCIDR，让 kubeadm 填入 podSubnet。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm componentconfigs/kubeproxy.go `Default`：clusterCIDR = podSubnet，不一致时给出警告';
