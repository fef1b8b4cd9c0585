import { parseCidrList } from '../../../cidr';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  shape?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kube-proxy-cluster-cidr-invalid',
  severity: 'error',
  component: 'kube-proxy',
  phase: 'runtime',
  fields: ['kubeProxyClusterCidr'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    const text = ctx.plan.overrides.kubeProxyClusterCidr;
    if (text === undefined || text === '') return [];
    const list = parseCidrList(text);
    if (list.valid) return [];
    const shape = list.pieces.length > 2 ? 'too-many' : list.pieces.length === 2 ? 'not-dual' : 'invalid';
    return [{ params: { value: text, shape } }];
  },
});
