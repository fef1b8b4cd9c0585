// KubeProxyConfiguration clusterCIDR: validated only when kube-proxy starts.
import { formatCidr, parseCidrList } from '../cidr';
import type { Rule } from './types';

export const kubeProxyRules: Rule[] = [
  {
    id: 'kube-proxy-cluster-cidr-invalid',
    severity: 'error',
    component: 'kube-proxy',
    phase: 'runtime',
    fields: ['kubeProxyClusterCidr'],
    needs: ['kubeadm'],
    check: (ctx) => {
      const text = ctx.plan.overrides.kubeProxyClusterCidr;
      if (text === undefined || text === '') return [];
      const list = parseCidrList(text);
      if (list.valid) return [];
      const shape = list.pieces.length > 2 ? 'too-many' : list.pieces.length === 2 ? 'not-dual' : 'invalid';
      return [{ params: { value: text, shape } }];
    },
  },
  {
    id: 'kube-proxy-cluster-cidr-mismatch',
    severity: 'warning',
    component: 'kube-proxy',
    phase: 'runtime',
    fields: ['kubeProxyClusterCidr', 'podCidr'],
    needs: ['kubeadm'],
    check: (ctx) => {
      const text = ctx.plan.overrides.kubeProxyClusterCidr;
      if (text === undefined || text === '' || !ctx.podSubnet.valid) return [];
      const list = parseCidrList(text);
      if (!list.valid) return [];
      const canonical = (cidrs: typeof list.cidrs) => cidrs.map(formatCidr).join(',');
      return canonical(list.cidrs) === canonical(ctx.podSubnet.cidrs) ? [] : [{ params: { value: text, podSubnet: ctx.podSubnet.text } }];
    },
  },
];
