import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: () => 'Not a kubeadm config, kube-flannel.yml, net-conf.json, Flannel kustomization, Flannel Helm values or kubectl output of nodes or kubeadm-config',
  reads: () => 'The checker recognises kubeadm documents (apiVersion kubeadm.k8s.io/…), a kube-flannel.yml (the kube-flannel-cfg ConfigMap or the flannel DaemonSet), net-conf.json (a JSON object), a kustomization that names kube-flannel.yml or patches kube-flannel-cfg, values for Flannel\'s Helm chart (podCidr, podCidrv6, flannel.backend …), and from a running cluster `kubectl get nodes -o yaml` (or `-o json`) and the kubeadm-config ConfigMap of kube-system.',
  happens: () => 'Nothing in this file was checked.',
  fix: () => 'Pass the kubeadm --config or join file, kube-flannel.yml, net-conf.json, the kustomization.yaml, the Flannel Helm values, or the output of `kubectl get nodes -o yaml`.',
};
