import type { RuleContext } from '../../context';
import { podHasOnlyIpv6, upgradeFix, version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** IPv6-only as kubeadm's podSubnet says; without a kubeadm side, as net-conf.json says (EnableIPv4 false, EnableIPv6 true). */
const ipv6OnlyPlan = (ctx: RuleContext): boolean =>
  ctx.scopes.has('kubeadm') ? podHasOnlyIpv6(ctx) : !ctx.netConf.enableIPv4 && ctx.netConf.enableIPv6;

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-ipv6-only-unsupported',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannelVersion', 'stack'],
  versions: { flannel: { to: '0.16.3' } },
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => (ipv6OnlyPlan(ctx) ? [{ params: { version: version(ctx) }, fixes: [upgradeFix()] }] : []),
});
