import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'setting')} must hold one CIDR, or two of different families; it has ${s(p, 'count')}`,
  reads: (p) => `kubeadm checks that ${s(p, 'setting')} is one CIDR, or an IPv4 and an IPv6 CIDR for dual-stack.`,
  happens: () => '`kubeadm init` stops with "expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking".',
  fix: () => 'Keep one IPv4 CIDR and/or one IPv6 CIDR.',
};
