import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `IPv6 Service CIDR ${s(p, 'cidr')} is wider than /112; Services still come from its first /112`,
  reads: () => 'The legacy Service IP allocator uses at most 16 bits of an IPv6 range.',
  happens: () => 'Only 65,536 Service IPs are used; with MultiCIDRServiceAllocator in dual-write mode RequireDualStack Services failed (kubernetes/kubernetes#129797).',
  fix: () => 'Use /112.',
};
