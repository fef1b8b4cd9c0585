// kube-apiserver checks that kubeadm does not do.
