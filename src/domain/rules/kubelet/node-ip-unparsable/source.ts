export const source = 'component-helpers node/util/ips.go parseNodeIP: unparsable entries are logged and ignored (before 1.27, kubelet cmd/kubelet/app/server.go run)';
