import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  // Services, nodes
  {
    id: 'cluster-single-stack-services/family',
    rule: 'cluster-single-stack-services',
    component: 'kube-apiserver',
    text: 'not configured on this cluster',
    example: 'The Service "web" is invalid: spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster',
    template: 'spec.ipFamilies[{:int}]: Invalid value: "{family:word}": not configured on this cluster',
    source: 'kube-apiserver pkg/registry/core/service/storage/alloc.go initIPFamilyFields',
  },
  {
    id: 'cluster-single-stack-services/require-dual',
    rule: 'cluster-single-stack-services',
    component: 'kube-apiserver',
    text: 'this cluster is not configured for dual-stack services',
    example: 'The Service "web" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
    template: 'this cluster is not configured for dual-stack services',
    source: 'kube-apiserver pkg/registry/core/service/storage/alloc.go initIPFamilyFields',
  },
];
