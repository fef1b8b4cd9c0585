import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    Number(p.count ?? 1) === 1
      ? `集群是双栈的，但节点 ${s(p, 'nodes')} 没有 ${s(p, 'family')} podCIDR`
      : `集群是双栈的，但有 ${s(p, 'count')} 个节点没有 ${s(p, 'family')} podCIDR：${s(p, 'nodes')}`,
  reads: (p) =>
    `kube-controller-manager 只在第一次看到没有 podCIDRs 的节点时为它分配一次：--cluster-cidr 每项一个网段。之后 API 服务器拒绝任何修改（"node updates may not change podCIDR except from \"\" to valid"）。在${s(p, 'basis') === 'net-conf' ? '集群改为双栈' : ` podSubnet 加入 ${s(p, 'family') || '另一地址族'} `}之前注册的节点会一直只有一个地址族（k3s-io/k3s#10726 是同一机制）。`,
  happens: (p) =>
    `这些节点上的 Pod 得不到 ${s(p, 'family') || '第二个地址族的'} 地址。${
      ({
        error: `其上的 Flannel v${s(p, 'version')} 报错 "failed to configure interface flannel-v6.1: IPv6 is enabled but the lease has no IPv6" 并退出。`,
        panic: `其上的 Flannel v${s(p, 'version')} 发生空指针 panic（"This panic usually happens if you have configured flannel to use dual-stack but not kube-controller"，flannel#1789、#2115）。`,
        'panic-unsure': `据报告，其上的 Flannel v${s(p, 'version')} 会在 vxlan 后端发生空指针崩溃。`,
      })[s(p, 'flannel')] ?? ''
    }`,
  fix: () =>
    '确认 kube-controller-manager 的 --cluster-cidr 含两个 Pod CIDR（每个控制平面节点上的 /etc/kubernetes/manifests/kube-controller-manager.yaml）。然后逐个重建列出的节点：`kubectl drain NODE --ignore-daemonsets`、`kubectl delete node NODE`，再在该节点上执行 `systemctl restart kubelet`；它会重新注册，并获得每个地址族各一个 podCIDR。通过 API 设置的标签和污点会随被删除的 Node 对象一起消失（在控制平面节点上，`kubeadm init phase mark-control-plane` 会重新设置 kubeadm 的那些）。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubernetes pkg/controller/nodeipam/ipam/range_allocator.go 中的 AllocateOrOccupyCIDR（只为没有 podCIDRs 的节点分配）；pkg/apis/core/validation/validation.go 中的 ValidateNodeUpdate；k3s-io/k3s#10726；flannel PR #2078（v0.26.0）';
