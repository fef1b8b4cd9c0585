import { formatCidr } from '../../../cidr';
import { SETTING, namedCidrs } from '../../helpers/addressing';
import { specialOverlaps, subnetField } from '../../helpers/kubeadm';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  cidr?: string | number;
  kinds?: string | number;
  setting?: string | number;
};

export const rule = defineRule({
  id: 'cluster-reserved-range',
  severity: 'error',
  component: 'cluster',
  phase: 'runtime',
  fields: ['podCidr', 'serviceCidr'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    namedCidrs(ctx).flatMap(({ kind, cidr }) => {
      const kinds = specialOverlaps(cidr);
      return kinds.length ? [{ fields: [subnetField(kind, cidr.family)], params: { setting: SETTING[kind], cidr: formatCidr(cidr), kinds: kinds.join(', ') } }] : [];
    }),
});
