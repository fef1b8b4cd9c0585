import { formatCidr, parseCidrList } from '../../../cidr';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  podSubnet?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kube-proxy-cluster-cidr-mismatch',
  severity: 'warning',
  component: 'kube-proxy',
  phase: 'runtime',
  fields: ['kubeProxyClusterCidr', 'podCidr'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    const text = ctx.plan.overrides.kubeProxyClusterCidr;
    if (text === undefined || text === '' || !ctx.podSubnet.valid) return [];
    const list = parseCidrList(text);
    if (!list.valid) return [];
    const canonical = (cidrs: typeof list.cidrs) => cidrs.map(formatCidr).join(',');
    return canonical(list.cidrs) === canonical(ctx.podSubnet.cidrs) ? [] : [{ params: { value: text, podSubnet: ctx.podSubnet.text } }];
  },
});
