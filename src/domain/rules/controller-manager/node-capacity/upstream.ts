import type { UpstreamMessage } from '../../message-kit';
import { rule as controllerManagerOneNodeBlock } from '../one-node-block/rule';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'controller-manager-node-capacity/no-remaining',
    rule: 'controller-manager-node-capacity',
    alsoRules: [controllerManagerOneNodeBlock.id],
    component: 'kube-controller-manager',
    text: 'CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range',
    example: 'failed to allocate cidr from cluster cidr at idx:0: CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range',
    template: 'CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range',
    source: 'kube-controller-manager pkg/controller/nodeipam/ipam/cidrset/cidr_set.go AllocateNext (ErrCIDRRangeNoCIDRsRemaining), wrapped by range_allocator.go AllocateOrOccupyCIDR',
  },
  {
    id: 'controller-manager-node-capacity/event',
    rule: 'controller-manager-node-capacity',
    alsoRules: [controllerManagerOneNodeBlock.id],
    component: 'kube-controller-manager',
    text: 'CIDRNotAvailable',
    example: '  Normal  CIDRNotAvailable  2m (x12 over 40m)  cidrAllocator  Node worker-3 status is now: CIDRNotAvailable',
    template: 'CIDRNotAvailable',
    source: 'kube-controller-manager pkg/controller/nodeipam/ipam/range_allocator.go AllocateOrOccupyCIDR (nodeutil.RecordNodeStatusChange)',
  },
];
