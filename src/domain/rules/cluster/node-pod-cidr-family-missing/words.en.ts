import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) =>
    Number(p.count ?? 1) === 1
      ? `Node ${s(p, 'nodes')} has no ${s(p, 'family')} podCIDR, though the cluster is dual-stack`
      : `${s(p, 'count')} nodes have no ${s(p, 'family')} podCIDR, though the cluster is dual-stack: ${s(p, 'nodes')}`,
  reads: (p) =>
    `kube-controller-manager gives a node its podCIDRs once, when it first sees the node without any: one block per --cluster-cidr entry. The API server refuses to change them afterwards ("node updates may not change podCIDR except from \"\" to valid"). Nodes that registered before ${s(p, 'basis') === 'net-conf' ? 'the cluster became dual-stack' : `${s(p, 'family') || 'a family'} was added to podSubnet`} keep their single family (k3s-io/k3s#10726 is the same mechanism).`,
  happens: (p) =>
    `Pods on these nodes get no ${s(p, 'family') || 'second-family'} address.${
      ({
        error: ` Flannel v${s(p, 'version')} on them exits with "failed to configure interface flannel-v6.1: IPv6 is enabled but the lease has no IPv6".`,
        panic: ` Flannel v${s(p, 'version')} on them crashes with a nil-pointer panic ("This panic usually happens if you have configured flannel to use dual-stack but not kube-controller", flannel#1789, #2115).`,
        'panic-unsure': ` Flannel v${s(p, 'version')} on them is reported to crash with a nil-pointer dereference in the vxlan backend.`,
      })[s(p, 'flannel')] ?? ''
    }`,
  fix: () =>
    'Check that kube-controller-manager runs with both pod CIDRs in --cluster-cidr (/etc/kubernetes/manifests/kube-controller-manager.yaml on each control-plane node). Then re-create each listed node, one at a time: `kubectl drain NODE --ignore-daemonsets`, `kubectl delete node NODE`, and `systemctl restart kubelet` on it; it registers again and gets a podCIDR of each family. Labels and taints set through the API go with the deleted Node object (on a control-plane node, `kubeadm init phase mark-control-plane` sets kubeadm\'s again).',
};
