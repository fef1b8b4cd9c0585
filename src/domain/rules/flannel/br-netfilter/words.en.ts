import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: () => 'Flannel checks that br_netfilter is loaded',
  reads: (p) => `From v0.26.0 Flannel in iptables mode checks /proc/sys/net/bridge/${s(p, 'families')}.`,
  happens: () => 'Without the br_netfilter module kube-flannel exits with "Failed to check br_netfilter".',
  fix: () => 'Load br_netfilter on every node (NEXT-STEPS.md shows how), or enable nftables.',
};
