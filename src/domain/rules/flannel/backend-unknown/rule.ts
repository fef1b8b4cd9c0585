import { knownBackends, upgradeFix, version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  reason?: string | number;
  type?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-backend-unknown',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.backend.type'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    const type = ctx.netConf.backendType;
    if (knownBackends(ctx.flannel).has(type)) return [];
    const later = type === 'wireguard' ? 'added-later' : ['aws-vpc', 'gce', 'ali-vpc'].includes(type) ? 'removed' : 'unknown';
    return [{ params: { type: ctx.plan.flannel.backend?.type ?? '', version: version(ctx), reason: later }, fixes: later === 'added-later' ? [upgradeFix()] : [{ label: 'set-backend', params: { type: 'vxlan' }, set: [{ field: 'flannel.backend', value: { type: 'vxlan' } }] }] }];
  },
});
