// KubeProxyConfiguration clusterCIDR: validated only when kube-proxy starts.
