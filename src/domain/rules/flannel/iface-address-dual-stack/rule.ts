import { parseIp } from '../../../cidr';
import { upgradeFix, version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  iface?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-iface-address-dual-stack',
  severity: 'warning',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.iface'],
  versions: { flannel: { to: '0.27.3' } },
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.netConf.enableIPv4 && ctx.netConf.enableIPv6 && parseIp(ctx.plan.flannel.iface, 'lenient').ok
      ? [{ params: { iface: ctx.plan.flannel.iface, version: version(ctx) }, fixes: [upgradeFix()] }]
      : [],
});
