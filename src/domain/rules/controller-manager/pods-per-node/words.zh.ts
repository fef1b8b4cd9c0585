import { fam, s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `/${s(p, 'mask')} 节点网段只有 ${s(p, 'addresses')} 个 ${fam(p, 'family')} Pod 地址，少于 kubelet 的 maxPods ${s(p, 'maxPods')}`,
  reads: () => 'Flannel 的 CNI 插件从节点网段中分配 Pod 地址；kubelet 每个节点最多调度 maxPods 个 Pod。',
  happens: () => '网段用完后，该节点上的新 Pod 会卡在 ContainerCreating，报 "failed to allocate for range"。',
  fix: () => '减小节点掩码（网段更大），或在 KubeletConfiguration 中调低 maxPods。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubelet apis/config/v1beta1 defaults.go：MaxPods 110；kube-controller-manager --node-cidr-mask-size-ipv4/-ipv6';
