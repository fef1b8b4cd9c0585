import type { UpstreamMessage } from '../../message-kit';
import { rule as kubeletNodeIpUnparsable } from '../../kubelet/node-ip-unparsable/rule';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-advertise-address-invalid/parse',
    rule: 'kubeadm-advertise-address-invalid',
    alsoRules: [kubeletNodeIpUnparsable.id],
    component: 'kubeadm',
    text: 'couldn\'t use "%s" as "apiserver-advertise-address", must be ipv4 or ipv6 address',
    example: 'couldn\'t use "192.168.10.11,fd00::11" as "apiserver-advertise-address", must be ipv4 or ipv6 address',
    template: 'couldn\'t use "{value:text}" as "apiserver-advertise-address", must be ipv4 or ipv6 address',
    source: 'kubeadm cmd/kubeadm/app/util/config/initconfiguration.go SetAPIEndpointDynamicDefaults',
  },
];
