export const source = 'k8s.io/utils/net ParseCIDRSloppy masks host bits and reads leading zeros; StrictIPCIDRValidation (KEP-4858, beta 1.36) rejects them in API objects';
