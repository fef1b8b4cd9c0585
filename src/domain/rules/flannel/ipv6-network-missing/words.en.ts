import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: () => 'net-conf.json sets EnableIPv6 but no IPv6Network',
  reads: () => 'Flannel takes the IPv6 pod network from IPv6Network when EnableIPv6 is true.',
  happens: (p) =>
    ({
      panic: `Flannel v${s(p, 'version')} crashes with a nil-pointer panic ("invalid memory address or nil pointer dereference").`,
      error: `Flannel v${s(p, 'version')} exits with "error parsing subnet config: Please define a correct IPv6Network parameter in the flannel config".`,
      unchecked: `Flannel v${s(p, 'version')} does not check it in kube-subnet-mgr mode, but its documentation requires it for dual-stack, and IPv6 masquerading and routes are built from IPv6Network.`,
    })[s(p, 'outcome')] ?? '',
  fix: () => 'Set IPv6Network to the IPv6 pod CIDR.',
};
