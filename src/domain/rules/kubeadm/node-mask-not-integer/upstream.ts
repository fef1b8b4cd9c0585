import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-node-mask-not-integer/atoi',
    rule: 'kubeadm-node-mask-not-integer',
    component: 'kubeadm',
    text: 'could not parse the value of the kube-controller-manager flag %s as an integer: %v',
    example: 'could not parse the value of the kube-controller-manager flag node-cidr-mask-size-ipv6 as an integer: strconv.Atoi: parsing "x": invalid syntax',
    template: 'could not parse the value of the kube-controller-manager flag {flag:word} as an integer: strconv.Atoi: parsing "{value:text}"',
    source: `${KUBEADM_VALIDATION} getClusterNodeMask`,
  },
];
