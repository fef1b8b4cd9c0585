import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Node ${s(p, 'node')} has podCIDRs "${s(p, 'podCidrs')}", which do not fit --cluster-cidr "${s(p, 'clusterCidr')}" in that order`,
  reads: () =>
    'When kube-controller-manager starts, its node IPAM marks every node\'s podCIDRs as taken: entry i of spec.podCIDRs must lie in the range of entry i of --cluster-cidr, which kubeadm sets to podSubnet. A node keeps the podCIDRs it was given, so a podSubnet changed or reordered later no longer matches the nodes that exist.',
  happens: (p) =>
    `kube-controller-manager exits at start-up ("Error starting controllers") with ${
      s(p, 'outcome') === 'no-range'
        ? `"node:${s(p, 'node')} has an allocated cidr: ${s(p, 'cidr')} at index:${s(p, 'index')} that does not exist in cluster cidrs configuration"`
        : `"failed to mark cidr[${s(p, 'cidr')}] at idx [${s(p, 'index')}] as occupied for node: ${s(p, 'node')}: cidr ${s(p, 'cidr')} is out the range of cluster cidr ${s(p, 'range')}"`
    }, and keeps restarting: none of its controllers run, and new nodes get no podCIDR. It happens once it runs with this podSubnet, which kubeadm writes into its manifest at \`kubeadm init\` and on every \`kubeadm upgrade\`.`,
  fix: (p) =>
    `Keep podSubnet as the nodes were given their podCIDRs (each node's first block in the first entry); or re-create ${s(p, 'node') || 'the node'}: \`kubectl drain ${s(p, 'node') || 'NODE'} --ignore-daemonsets\`, \`kubectl delete node ${s(p, 'node') || 'NODE'}\`, then \`systemctl restart kubelet\` on it, so that it registers again and gets new podCIDRs.`,
};
