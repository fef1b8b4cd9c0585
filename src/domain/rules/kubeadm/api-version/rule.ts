import { kubeadmApiStatus, preferredKubeadmApi } from '../../../versions';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  apiVersion?: string | number;
  kubernetes?: string | number;
  preferred?: string | number;
  status?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-api-version',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['kubernetesVersion'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    const apiVersion = ctx.plan.overrides.kubeadmApiVersion;
    if (apiVersion === undefined) return [];
    const status = kubeadmApiStatus(ctx.kubernetesMinor, apiVersion);
    if (status === 'accepted') return [];
    return [{
      severity: status === 'deprecated' ? 'warning' : 'error',
      params: { apiVersion, status, kubernetes: `1.${ctx.kubernetesMinor}`, preferred: preferredKubeadmApi(ctx.kubernetesMinor) },
    }];
  },
});
