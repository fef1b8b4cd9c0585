export const source = 'flannel Documentation/configuration.md "IPv6 only"; siderolabs/talos#6427';
