import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `节点 ${s(p, 'node')} 的 podCIDRs "${s(p, 'podCidrs')}" 按顺序与 --cluster-cidr "${s(p, 'clusterCidr')}" 不符`,
  reads: () =>
    'kube-controller-manager 启动时，其节点 IPAM 会把每个节点的 podCIDRs 标记为已占用：spec.podCIDRs 的第 i 项必须落在 --cluster-cidr 第 i 项的范围内，而 kubeadm 把 --cluster-cidr 设为 podSubnet。节点一直保留分配给它的 podCIDRs，所以之后修改或调换顺序的 podSubnet 不再与已有节点相符。',
  happens: (p) =>
    `kube-controller-manager 启动时退出（"Error starting controllers"），报错 ${
      s(p, 'outcome') === 'no-range'
        ? `"node:${s(p, 'node')} has an allocated cidr: ${s(p, 'cidr')} at index:${s(p, 'index')} that does not exist in cluster cidrs configuration"`
        : `"failed to mark cidr[${s(p, 'cidr')}] at idx [${s(p, 'index')}] as occupied for node: ${s(p, 'node')}: cidr ${s(p, 'cidr')} is out the range of cluster cidr ${s(p, 'range')}"`
    }，并不断重启：它的控制器都不运行，新节点也得不到 podCIDR。只要它以此 podSubnet 运行就会发生；kubeadm 在 \`kubeadm init\` 和每次 \`kubeadm upgrade\` 时把它写入清单。`,
  fix: (p) =>
    `让 podSubnet 保持节点获得 podCIDRs 时的样子（每个节点的第一个网段在第一项中）；或重建 ${s(p, 'node') || '该节点'}：\`kubectl drain ${s(p, 'node') || 'NODE'} --ignore-daemonsets\`、\`kubectl delete node ${s(p, 'node') || 'NODE'}\`，再在该节点上执行 \`systemctl restart kubelet\`，使它重新注册并获得新的 podCIDRs。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubernetes pkg/controller/nodeipam/ipam/range_allocator.go 中的 NewCIDRRangeAllocator/occupyCIDRs 与 cidrset/cidr_set.go 中的 getBeginningAndEndIndices（"This error will keep crashing controller-manager"）；kubeadm manifests.go 中的 getControllerManagerCommand（--cluster-cidr = podSubnet）';
