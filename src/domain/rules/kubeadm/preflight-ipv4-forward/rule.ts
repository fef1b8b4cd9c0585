import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  kubernetes?: string | number;
};

export const rule = defineRule({
  // Before PR #115420 (kubeadm 1.27) preflight checked /proc/sys/net/ipv4/ip_forward on every Linux node
  // (checks.go addCommonChecks), IPv6-only ones included (kubernetes/kubeadm#2806).
  id: 'kubeadm-preflight-ipv4-forward',
  severity: 'warning',
  component: 'kubeadm',
  phase: 'kubeadm-init',
  fields: ['stack', 'kubernetesVersion'],
  versions: { kubernetes: { to: '1.26' } },
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => (ctx.stackFamilies.includes('ipv4') ? [] : [{ params: { kubernetes: `1.${ctx.kubernetesMinor}` } }]),
});
