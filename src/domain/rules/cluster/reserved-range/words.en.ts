import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'setting')} ${s(p, 'cidr')} overlaps reserved addresses (${s(p, 'kinds')})`,
  reads: () => 'The kernel, kubelet and kube-proxy treat loopback, link-local, multicast and unspecified addresses specially.',
  happens: () => 'Pods or Services given such addresses are unreachable or break node networking.',
  fix: () => 'Use a private range: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or a ULA fd00::/8.',
};
