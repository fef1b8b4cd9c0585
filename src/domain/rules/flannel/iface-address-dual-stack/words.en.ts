import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `--iface=${s(p, 'iface')} on dual-stack: Flannel v${s(p, 'version')} does not find the IPv6 address`,
  reads: () => 'Flannel picks its external addresses from --iface; given an IP, versions before v0.27.4 look up only that family.',
  happens: () => 'IPv6 is not detected and IPv6 tunnels are not set up ("both IP should be specified with the same method", flannel PR #1762).',
  fix: () => 'Use an interface name for --iface, add --public-ipv6, or use Flannel v0.27.4 or later.',
};
