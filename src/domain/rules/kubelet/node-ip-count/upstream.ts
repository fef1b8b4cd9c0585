import { NODE_IP, NODE_IP_LEGACY, type UpstreamMessage } from '../../message-kit';
import { rule as clusterFieldFamily } from '../../cluster/field-family/rule';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  // kubelet --node-ip
  {
    id: 'kubelet-node-ip-count/count',
    rule: 'kubelet-node-ip-count',
    alsoRules: [clusterFieldFamily.id],
    component: 'kubelet',
    text: 'bad --node-ip %q: must contain either a single IP or a dual-stack pair of IPs',
    example: 'failed to run Kubelet: bad --node-ip "192.168.10.21,192.168.10.22": must contain either a single IP or a dual-stack pair of IPs',
    // 1.27+ prints "bad --node-ip %q: %v"; before, kubelet wrote "bad --node-ip %q; must contain …" itself.
    template: 'bad --node-ip "{value:text}"[[:]][[;]] must contain either a single IP or a dual-stack pair of IPs',
    source: `${NODE_IP}, wrapped by kubelet cmd/kubelet/app/server.go run; before, ${NODE_IP_LEGACY}`,
  },
];
