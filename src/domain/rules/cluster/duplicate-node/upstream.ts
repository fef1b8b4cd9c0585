import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'cluster-duplicate-node/ready',
    rule: 'cluster-duplicate-node',
    component: 'kubeadm',
    text: 'a Node with name %q and status "Ready" already exists in the cluster',
    example: 'error execution phase kubelet-start: a Node with name "worker-1" and status "Ready" already exists in the cluster. You must delete the existing Node or change the name of this new joining Node',
    template: 'a Node with name "{node:name}" and status "Ready" already exists in the cluster',
    source: 'kubeadm cmd/kubeadm/app/cmd/phases/join/kubelet.go runKubeletStartJoinPhase',
    params: { 'cluster-duplicate-node': { kind: 'name' } },
  },
];
