export const source = 'RFC 6890 special-purpose ranges; kubelet validateNodeIP and kube-proxy treat them specially';
