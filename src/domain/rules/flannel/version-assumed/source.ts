export const source = 'flannel behaviour differs by release tag (pkg/subnet/config.go, pkg/subnet/kube/kube.go history)';
