import { formatCidr } from '../../../cidr';
import { atLeast, inRange, podCidr, version } from '../../helpers/flannel';
import { defineRule, type Finding, type PlanFix } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  outcome?: string | number;
  pod?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-dual-stack-ipv4-only-netconf',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.enableIPv6', 'flannel.ipv6Network'],
  needs: ['kubeadm', 'flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    const ipv6 = podCidr(ctx, 'ipv6');
    if (!ipv6 || !ctx.podSubnet.valid || ctx.podSubnet.cidrs.length !== 2 || ctx.netConf.enableIPv6) return [];
    const fix: PlanFix = { label: 'enable-ipv6', params: { cidr: formatCidr(ipv6) }, set: [{ field: 'flannel.enableIPv6', value: true }, { field: 'flannel.ipv6Network', value: formatCidr(ipv6) }] };
    if (ctx.netConf.ipv6Network !== '') {
      return [{ severity: 'error', params: { version: version(ctx), outcome: 'not-enabled', pod: formatCidr(ipv6) }, fixes: [fix] }];
    }
    const outcome = !atLeast(ctx, '0.18.0')
      ? 'ignored'
      : inRange(ctx, '0.18.0', '0.18.0')
        ? 'panic'
        : inRange(ctx, '0.18.1', '0.20.99')
          ? 'not-in-config'
          : inRange(ctx, '0.21.0', '0.24.99')
            ? 'no-ipv6-network'
            : inRange(ctx, '0.25.0', '0.27.99')
              ? 'panic'
              : 'ignored';
    return [{ severity: outcome === 'ignored' ? 'warning' : 'error', params: { version: version(ctx), outcome, pod: formatCidr(ipv6) }, fixes: [fix] }];
  },
});
