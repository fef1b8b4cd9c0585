import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = Record<never, never>;

export const rule = defineRule({
  id: 'flannel-dual-stack-default-routes',
  severity: 'info',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.iface'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => (ctx.netConf.enableIPv4 && ctx.netConf.enableIPv6 && ctx.plan.flannel.iface === '' ? [{ params: {} }] : []),
});
