import { formatCidr } from '../../../cidr';
import { atLeast, derivedFromBadField, networkCidr, podCidr, version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  outcome?: string | number;
  value?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-network-not-ipv4',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.network'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    const network = networkCidr(ctx.netConf.networkParse);
    if (!network || network.family !== 'ipv6' || derivedFromBadField(ctx, 'network')) return [];
    const ipv4 = podCidr(ctx, 'ipv4');
    return [{
      params: { value: ctx.netConf.network, version: version(ctx), outcome: atLeast(ctx, '0.28.9') ? 'error' : 'panic' },
      fixes: [{ label: 'move-to-ipv6network', set: [{ field: 'flannel.ipv6Network', value: ctx.netConf.network }, { field: 'flannel.enableIPv6', value: true }, { field: 'flannel.network', value: ipv4 ? formatCidr(ipv4) : '' }, ...(ipv4 ? [] : [{ field: 'flannel.enableIPv4' as const, value: false }])] }],
    }];
  },
});
