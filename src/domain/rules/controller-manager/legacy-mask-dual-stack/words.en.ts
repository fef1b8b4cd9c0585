import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: () => '--node-cidr-mask-size cannot be used on a dual-stack cluster',
  reads: () => 'kube-controller-manager reads the node mask flags when it sets up node IPAM.',
  happens: () => 'kube-controller-manager exits with "usage of --node-cidr-mask-size is not allowed with dual-stack clusters"; no node gets a podCIDR.',
  fix: () => 'Replace it with node-cidr-mask-size-ipv4 and node-cidr-mask-size-ipv6.',
};
