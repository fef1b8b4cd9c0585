import { atLeast, version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

const WIREGUARD_MODES = new Set(['separate', 'auto', 'ipv4', 'ipv6']);

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  mode?: string | number;
  outcome?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-wireguard-mode',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.backend.mode'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    const backend = ctx.plan.flannel.backend;
    if (ctx.netConf.backendType !== 'wireguard' || backend?.mode === undefined || backend.mode === '') return [];
    if (!atLeast(ctx, '0.18.0')) return [{ severity: 'warning', params: { mode: backend.mode, version: version(ctx), outcome: 'ignored' } }];
    return WIREGUARD_MODES.has(backend.mode) ? [] : [{ params: { mode: backend.mode, version: version(ctx), outcome: 'error' }, fixes: [{ label: 'set-wireguard-mode', params: { mode: 'separate' }, set: [{ field: 'flannel.backend.mode', value: 'separate' }] }] }];
  },
});
