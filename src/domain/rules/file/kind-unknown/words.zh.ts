import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: () => '不是 kubeadm 配置、kube-flannel.yml、net-conf.json、Flannel 的 kustomization、Flannel Helm values，也不是节点或 kubeadm-config 的 kubectl 输出',
  reads: () => '检查器识别 kubeadm 文档（apiVersion kubeadm.k8s.io/…）、kube-flannel.yml（kube-flannel-cfg ConfigMap 或 flannel DaemonSet）、net-conf.json（JSON 对象）、引用 kube-flannel.yml 或修补 kube-flannel-cfg 的 kustomization、Flannel Helm chart 的 values（podCidr、podCidrv6、flannel.backend …），以及运行中集群的 `kubectl get nodes -o yaml`（或 `-o json`）和 kube-system 中的 kubeadm-config ConfigMap。',
  happens: () => '该文件中的内容没有被检查。',
  fix: () => '传入 kubeadm --config 或 join 文件、kube-flannel.yml、net-conf.json、kustomization.yaml、Flannel Helm values，或 `kubectl get nodes -o yaml` 的输出。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm cmd/kubeadm/app/apis/kubeadm（API 组 kubeadm.k8s.io）；flannel Documentation/kube-flannel.yml（ConfigMap kube-flannel-cfg 的 net-conf.json 键；DaemonSet kube-flannel-ds）；kustomize api/types `Kustomization`（kustomize.config.k8s.io）；flannel chart/kube-flannel/values.yaml';
