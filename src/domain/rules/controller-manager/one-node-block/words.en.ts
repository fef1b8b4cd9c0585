import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'cidr')} with /${s(p, 'mask')} node blocks has room for one node only`,
  reads: (p) =>
    `kube-controller-manager gives every node one /${s(p, 'mask')} block of the pod CIDR: 2^(${s(p, 'mask')}−${s(p, 'prefix')}) = ${s(p, 'blocks')} block(s), less any block that overlaps a Service CIDR. The first node takes the only one.`,
  happens: () =>
    'The second node to register gets no podCIDR: the event "CIDRNotAvailable" and "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range". Flannel on that node fails with "failed to acquire lease" and its pods get no network (flannel-io/flannel#1688, kubernetes/kubernetes#112367).',
  fix: (p) => `Raise ${s(p, 'flag')} (smaller blocks, more nodes) or widen the pod CIDR.`,
};
