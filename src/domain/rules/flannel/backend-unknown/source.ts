export const source = 'flannel pkg/backend/manager.go GetBackend: "unknown backend type"; backend.Register names per tag';
