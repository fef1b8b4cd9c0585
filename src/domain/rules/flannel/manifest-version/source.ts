export const source = 'Documentation/kube-flannel.yml DaemonSet image tag';
