import { fam, s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'mode') === 'auto'
      ? `serviceSubnet 把 ${fam(p, 'family')} 排在前面，但没有设置 advertiseAddress，kubeadm 会探测到一个 IPv4 地址`
      : `advertiseAddress ${s(p, 'address')} 不是 ${fam(p, 'family')}，与 serviceSubnet 第一项 ${s(p, 'serviceCidr')} 的地址族不同`,
  reads: (p) =>
    s(p, 'outcome') === 'unchecked'
      ? `kube-apiserver ${s(p, 'kubernetes')} 不比较 --advertise-address 与 --service-cluster-ip-range 第一项的地址族（这项检查从 1.24 起才有）："kubernetes" Service 的 ClusterIP 属于第一项的地址族，端点却是通告地址。未设置 advertiseAddress 时，kubeadm 选择默认路由网卡并优先使用 IPv4。`
      : 'kube-apiserver 要求 --advertise-address 与 --service-cluster-ip-range 第一项的地址族相同，因为 "kubernetes" Service（属于该地址族）指向它。未设置 advertiseAddress 时，kubeadm 选择默认路由网卡并优先使用 IPv4。',
  happens: (p) =>
    s(p, 'outcome') === 'unchecked'
      ? `kube-apiserver 能启动，但 "kubernetes" Service 的 ClusterIP 是 ${fam(p, 'family')}，端点却属于另一个地址族，通过 kubernetes.default.svc 访问 API server 的 Pod 很可能连接失败（kubernetes-sigs/kind#2484 中报告为 "connection refused"；kubernetes/kubernetes#111671）。`
      : `kube-apiserver 启动失败，报错 "service IP family "${s(p, 'serviceCidr')}" must match public address family "<通告地址>""，\`kubeadm init\` 会一直等待控制面直到超时（kubernetes/kubernetes#111671、kubernetes/kubeadm#2754）。`,
  fix: (p) => `把 localAPIEndpoint.advertiseAddress 设为控制面节点的 ${fam(p, 'family')} 地址，或在 serviceSubnet 中把另一个地址族排在前面。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kube-apiserver options/validation.go validatePublicIPServiceClusterIPRangeIPFamilies（1.24 由 PR #106721 加入，PR #119081 移到选项校验中）；1.24 之前不检查：kubernetes/kubernetes#111671、kubernetes-sigs/kind#2484';
