import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  // kube-proxy
  {
    id: 'kube-proxy-cluster-cidr-invalid/too-many',
    rule: 'kube-proxy-cluster-cidr-invalid',
    component: 'kube-proxy',
    text: 'only one CIDR allowed or a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)',
    example: 'KubeProxyConfiguration.ClusterCIDR: Invalid value: "10.244.0.0/16,fd00::/56,10.245.0.0/16": only one CIDR allowed or a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)',
    template: 'only one CIDR allowed or a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)',
    source: 'kube-proxy pkg/proxy/apis/config/validation/validation.go Validate',
    params: { 'kube-proxy-cluster-cidr-invalid': { shape: 'too-many' } },
  },
  {
    id: 'kube-proxy-cluster-cidr-invalid/not-dual',
    rule: 'kube-proxy-cluster-cidr-invalid',
    component: 'kube-proxy',
    text: 'must be a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)',
    example: 'KubeProxyConfiguration.ClusterCIDR: Invalid value: "10.244.0.0/16,10.245.0.0/16": must be a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)',
    template: 'must be a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)',
    source: 'kube-proxy pkg/proxy/apis/config/validation/validation.go Validate',
    params: { 'kube-proxy-cluster-cidr-invalid': { shape: 'not-dual' } },
  },
  {
    id: 'kube-proxy-cluster-cidr-invalid/invalid',
    rule: 'kube-proxy-cluster-cidr-invalid',
    component: 'kube-proxy',
    text: 'must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)',
    example: 'KubeProxyConfiguration.ClusterCIDR: Invalid value: "10.244.0.0/33": must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)',
    template: 'must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)',
    source: 'kube-proxy pkg/proxy/apis/config/validation/validation.go Validate',
    params: { 'kube-proxy-cluster-cidr-invalid': { shape: 'invalid' } },
  },
];
