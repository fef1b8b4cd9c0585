import { atLeast, podHasOnlyIpv6, version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  outcome?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-ipv6-only-enable-ipv4',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.enableIPv4'],
  versions: { flannel: { from: '0.17.0' } },
  needs: ['kubeadm', 'flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    if (!podHasOnlyIpv6(ctx) || !ctx.netConf.enableIPv4) return [];
    const outcome = atLeast(ctx, '0.20.0') ? 'interface' : atLeast(ctx, '0.19.2') ? 'parse-error' : 'panic';
    return [{ params: { version: version(ctx), outcome }, fixes: [{ label: 'disable-ipv4', set: [{ field: 'flannel.enableIPv4', value: false }, { field: 'flannel.network', value: '' }] }] }];
  },
});
