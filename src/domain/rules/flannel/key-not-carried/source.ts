export const source = 'flannel pkg/backend/*: each backend decodes its own Backend keys (vxlan_windows.go Name, MacPrefix; ipsec.go ESPProposal; extension.go commands)';
