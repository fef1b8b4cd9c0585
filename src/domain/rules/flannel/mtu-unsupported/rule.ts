import { version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-mtu-unsupported',
  severity: 'warning',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.backend.mtu'],
  versions: { flannel: { to: '0.21.2' } },
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => (ctx.plan.flannel.backend?.mtu !== undefined && ['vxlan', 'wireguard'].includes(ctx.netConf.backendType) ? [{ params: { version: version(ctx) } }] : []),
});
