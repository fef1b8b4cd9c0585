import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => (s(p, 'kind') === 'name' ? `节点名称 ${s(p, 'value')} 用了两次` : `地址 ${s(p, 'value')} 也被 ${s(p, 'other')} 使用`),
  reads: () => 'kubelet 按名称注册 Node 对象，Flannel 按地址识别对端。',
  happens: (p) =>
    s(p, 'kind') === 'name'
      ? '第二个节点的 `kubeadm join` 在 kubelet-start 阶段停止："a Node with name … and status "Ready" already exists in the cluster"。'
      : 'Flannel 按对端公布的地址访问它，于是把两个节点的 Pod 都路由到同一台主机。',
  fix: () => '给每个节点唯一的名称和地址。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm cmd/kubeadm/app/cmd/phases/join/kubelet.go（kubelet-start）：“a Node with name %q and status "Ready" already exists in the cluster”；flannel pkg/subnet/kube/annotations.go：每个对端通过它的 public-ip 注解访问';
