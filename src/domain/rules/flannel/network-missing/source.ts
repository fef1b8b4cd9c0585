export const source = 'flannel pkg/subnet/kube/kube.go AcquireLease containsCIDR; v0.19.2 commit 861c9653 ("please define a correct Network"); Config.GetFlannelNetwork v0.21.0–v0.24.x';
