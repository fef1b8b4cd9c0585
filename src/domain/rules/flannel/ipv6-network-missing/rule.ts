import { formatCidr } from '../../../cidr';
import { atLeast, derivedFromBadField, podCidr, version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  outcome?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-ipv6-network-missing',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.ipv6Network'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    if (!ctx.netConf.enableIPv6 || ctx.netConf.ipv6Network !== '' || derivedFromBadField(ctx, 'ipv6Network')) return [];
    const outcome = atLeast(ctx, '0.20.0') ? 'unchecked' : atLeast(ctx, '0.19.2') ? 'error' : 'panic';
    const ipv6 = podCidr(ctx, 'ipv6');
    return [{ params: { version: version(ctx), outcome }, fixes: ipv6 ? [{ label: 'set-ipv6network', params: { cidr: formatCidr(ipv6) }, set: [{ field: 'flannel.ipv6Network', value: formatCidr(ipv6) }] }] : [] }];
  },
});
