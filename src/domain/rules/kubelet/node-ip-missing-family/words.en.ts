import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'node')} has no ${s(p, 'missing')} node-ip on a dual-stack cluster`,
  reads: () => 'kubelet reports the node\'s InternalIP addresses from --node-ip; without a cloud provider it does not detect a second family by itself.',
  happens: (p) => `The node is listed with ${s(p, 'missing') === 'IPv4' ? 'IPv6' : 'IPv4'} only, so hostNetwork pods (Flannel itself, kube-proxy) get no ${s(p, 'missing')} pod IP and ${s(p, 'missing')} traffic to the node's address is not routed by Kubernetes.`,
  fix: (p) => `Add the node's ${s(p, 'missing')} address.`,
};
