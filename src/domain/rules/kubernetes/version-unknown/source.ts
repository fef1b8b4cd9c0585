export const source = 'website concepts/services-networking/dual-stack.md (feature-state stable since v1.23); kubernetes CHANGELOG-1.23 to CHANGELOG-1.37';
