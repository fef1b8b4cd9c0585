import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Flannel v${s(p, 'version')} cannot run an IPv6-only cluster`,
  reads: () => 'Flannel before v0.17.0 always reads node.spec.podCIDR as an IPv4 subnet, whatever EnableIPv4 says; an IPv6-only cluster (an IPv6 podSubnet alone, or a net-conf.json with "EnableIPv4": false) gives it an IPv6 one.',
  happens: () => 'kube-flannel panics with "Address is not an IPv4 address" on every node.',
  fix: () => 'Use Flannel v0.17.0 or later (IPv6-only support, PR #1539); the newest is best.',
};
