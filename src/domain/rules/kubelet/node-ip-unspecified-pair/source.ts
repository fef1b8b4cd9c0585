export const source = 'component-helpers node/util/ips.go ParseNodeIPArgument (1.27+, PR #116305); before, kubelet cmd/kubelet/app/server.go run';
