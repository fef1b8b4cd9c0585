import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  length?: string | number;
};

export const rule = defineRule({
  id: 'flannel-ipsec-psk',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.backend.psk'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    const psk = ctx.plan.flannel.backend?.psk ?? '';
    return ctx.netConf.backendType === 'ipsec' && psk.length < 96 ? [{ params: { length: psk.length } }] : [];
  },
});
