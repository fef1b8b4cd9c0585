import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';
import { rule as clusterFieldFamily } from '../../cluster/field-family/rule';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-subnet-count/count',
    rule: 'kubeadm-subnet-count',
    alsoRules: [clusterFieldFamily.id],
    component: 'kubeadm',
    text: 'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking',
    example: 'networking.serviceSubnet: Invalid value: "10.96.0.0/12,10.97.0.0/16": expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking',
    template: '[[networking.{setting:word}: Invalid value: "{value:text}": ]]expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking',
    source: `${KUBEADM_VALIDATION} ValidateIPNetFromString (netutils.IsDualStackCIDRs)`,
  },
];
