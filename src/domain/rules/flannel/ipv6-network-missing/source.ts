export const source = 'flannel pkg/subnet/config.go CheckNetworkConfig (v0.19.2 commit 861c9653); Documentation/configuration.md "Dual-stack"';
