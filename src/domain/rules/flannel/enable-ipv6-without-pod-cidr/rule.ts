import { atLeast, podFieldsBad, version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  outcome?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-enable-ipv6-without-pod-cidr',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.enableIPv6', 'podCidr.ipv6'],
  needs: ['kubeadm', 'flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    // An emptied or mistyped IPv6 pod field of a dual-stack plan is said at that field.
    if (!ctx.netConf.enableIPv6 || !ctx.podSubnet.valid || ctx.podSubnet.byFamily.ipv6 || podFieldsBad(ctx)) return [];
    const outcome = atLeast(ctx, '0.26.0') ? 'error' : atLeast(ctx, '0.21.0') ? 'panic' : 'panic-unsure';
    return [{ params: { version: version(ctx), outcome }, fixes: [{ label: 'disable-ipv6', set: [{ field: 'flannel.enableIPv6', value: false }, { field: 'flannel.ipv6Network', value: '' }] }] }];
  },
});
