import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: () => 'IPv6-only cluster, but net-conf.json does not set "EnableIPv4": false',
  reads: () => 'Flannel enables IPv4 unless EnableIPv4 is explicitly false, and then looks for an IPv4 network, route and lease.',
  happens: (p) =>
    ({
      panic: `Flannel v${s(p, 'version')} reads the node's IPv6 podCIDR as IPv4 and panics with "Address is not an IPv4 address".`,
      'parse-error': `Flannel v${s(p, 'version')} exits with "Failed to create SubnetManager: error parsing subnet config: Please define a correct Network parameter in the flannel config" (siderolabs/talos#6427).`,
      interface: `Flannel v${s(p, 'version')} fails on an IPv6-only host: "failed to get default interface: unable to find default route", or from v0.26.0 "IPv4 is enabled but the lease has no IPv4".`,
    })[s(p, 'outcome')] ?? '',
  fix: () => 'Add "EnableIPv4": false and remove Network.',
};
