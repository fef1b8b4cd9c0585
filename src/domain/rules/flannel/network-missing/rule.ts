import { formatCidr } from '../../../cidr';
import { atLeast, derivedFromBadField, inRange, podCidr, podHasOnlyIpv6, version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  outcome?: string | number;
  pod?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-network-missing',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.network'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    if (!ctx.netConf.enableIPv4 || ctx.netConf.network !== '' || podHasOnlyIpv6(ctx) || derivedFromBadField(ctx, 'network')) return [];
    const outcome = !atLeast(ctx, '0.19.2')
      ? 'accepted'
      : inRange(ctx, '0.19.2', '0.19.99')
        ? 'parse-error'
        : inRange(ctx, '0.20.0', '0.20.99')
          ? 'accepted'
          : inRange(ctx, '0.21.0', '0.24.99')
            ? 'no-ipv4-network'
            : inRange(ctx, '0.25.0', '0.27.99')
              ? 'accepted'
              : 'not-contained';
    const ipv4 = podCidr(ctx, 'ipv4');
    return [{
      severity: outcome === 'accepted' ? 'warning' : 'error',
      params: { version: version(ctx), outcome, pod: ipv4 ? formatCidr(ipv4) : '' },
      fixes: ipv4 ? [{ label: 'set-network', params: { cidr: formatCidr(ipv4) }, set: [{ field: 'flannel.network', value: formatCidr(ipv4) }] }] : [],
    }];
  },
});
