import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'cidr')} with /${s(p, 'mask')} node blocks has room for ${s(p, 'usable')} node(s); the plan has ${s(p, 'nodes')}`,
  reads: (p) =>
    `kube-controller-manager gives every node one /${s(p, 'mask')} block of the pod CIDR: 2^(${s(p, 'mask')}−${s(p, 'prefix')}) = ${s(p, 'blocks')} blocks, less any block that overlaps a Service CIDR.`,
  happens: () =>
    'Nodes beyond that get no podCIDR: the event "CIDRNotAvailable" and "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range"; Flannel on those nodes fails and their pods get no network.',
  fix: (p) => `Raise ${s(p, 'flag')} (smaller blocks, more nodes) or widen the pod CIDR.`,
};
