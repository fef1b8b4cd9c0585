import { parseHostPort } from '../../../host-port';
import { apiPort } from '../../helpers/kubeadm';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  hint?: string | number;
  suggestion?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-control-plane-endpoint-invalid',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['controlPlaneEndpoint'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    const value = ctx.plan.controlPlaneEndpoint;
    if (value === '' || parseHostPort(value).ok) return [];
    const bracketOnly = /^\[[^\]]*\]$/.test(value);
    return [{ params: { value, hint: bracketOnly ? 'bracket-without-port' : 'invalid', suggestion: bracketOnly ? `${value}:${apiPort(ctx)}` : '' } }];
  },
});
