// The first kubeadm minor that refuses each kubeadm config apiVersion (kubeadm util/config common.go
// oldKnownAPIVersions: v1beta1 from 1.22, v1beta2 from 1.27 by PR #114540, v1beta3 from 1.36 by PR #136016).
// Only the words need it, so it stays out of the rules that load with the page.
export const KUBEADM_API_REMOVED_IN: Readonly<Record<string, string>> = {
  'kubeadm.k8s.io/v1beta1': '1.22',
  'kubeadm.k8s.io/v1beta2': '1.27',
  'kubeadm.k8s.io/v1beta3': '1.36',
};
