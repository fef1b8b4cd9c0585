import { derivedFromBadField, networkCidr } from '../../helpers/flannel';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  key?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'flannel-network-invalid',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.network', 'flannel.ipv6Network'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    const findings: Finding[] = [];
    const { netConf } = ctx;
    if (netConf.networkParse && !networkCidr(netConf.networkParse) && !derivedFromBadField(ctx, 'network')) findings.push({ fields: ['flannel.network'], params: { key: 'Network', value: netConf.network } });
    if (netConf.ipv6NetworkParse && !networkCidr(netConf.ipv6NetworkParse) && !derivedFromBadField(ctx, 'ipv6Network')) findings.push({ fields: ['flannel.ipv6Network'], params: { key: 'IPv6Network', value: netConf.ipv6Network } });
    return findings;
  },
});
