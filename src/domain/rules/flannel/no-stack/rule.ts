import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = Record<never, never>;

export const rule = defineRule({
  id: 'flannel-no-stack',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.enableIPv4', 'flannel.enableIPv6'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => (!ctx.netConf.enableIPv4 && !ctx.netConf.enableIPv6 ? [{ params: {} }] : []),
});
