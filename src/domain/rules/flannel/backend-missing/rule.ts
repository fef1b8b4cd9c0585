import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = Record<never, never>;

export const rule = defineRule({
  id: 'flannel-backend-missing',
  severity: 'warning',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.backend.type'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => (ctx.netConf.backendMissing ? [{ params: {}, fixes: [{ label: 'set-backend', params: { type: 'vxlan' }, set: [{ field: 'flannel.backend', value: { type: 'vxlan' } }] }] }] : []),
});
