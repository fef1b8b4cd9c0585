import { isDns1123Subdomain } from '../../../host-port';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  lower?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-dns-domain',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['dnsDomain'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => (isDns1123Subdomain(ctx.plan.dnsDomain) ? [] : [{ params: { value: ctx.plan.dnsDomain, lower: ctx.plan.dnsDomain.toLowerCase() } }]),
});
