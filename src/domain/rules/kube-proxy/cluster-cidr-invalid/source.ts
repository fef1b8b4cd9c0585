export const source = 'kube-proxy pkg/proxy/apis/config/validation/validation.go Validate';
