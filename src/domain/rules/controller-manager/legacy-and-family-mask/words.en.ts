import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `--node-cidr-mask-size is set together with ${s(p, 'flags')}`,
  reads: () => 'kube-controller-manager reads the node mask flags when it sets up node IPAM.',
  happens: () =>
    'kube-controller-manager exits with "usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set"; no node gets a podCIDR.',
  fix: () => 'Keep only the per-family flag.',
};
