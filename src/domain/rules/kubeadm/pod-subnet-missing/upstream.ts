import { FLANNEL_KUBE, type UpstreamMessage } from '../../message-kit';
import { rule as controllerManagerNodeCapacity } from '../../controller-manager/node-capacity/rule';
import { rule as controllerManagerOneNodeBlock } from '../../controller-manager/one-node-block/rule';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-pod-subnet-missing/not-assigned',
    rule: 'kubeadm-pod-subnet-missing',
    alsoRules: [controllerManagerNodeCapacity.id, controllerManagerOneNodeBlock.id],
    component: 'flannel',
    text: 'node %q pod cidr not assigned',
    example: 'Error registering network: failed to acquire lease: node "worker-1" pod cidr not assigned',
    template: 'node "{node:name}" pod cidr not assigned',
    source: `${FLANNEL_KUBE}`,
  },
];
