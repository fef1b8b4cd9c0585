import { familyLabel, formatCidr, overlaps } from '../../../cidr';
import { serviceRangeCandidates } from '../../fix-candidates';
import { subnetField } from '../../helpers/kubeadm';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  family?: string | number;
  pod?: string | number;
  service?: string | number;
};

export const rule = defineRule({
  id: 'cluster-pod-service-overlap',
  severity: 'warning',
  component: 'cluster',
  phase: 'runtime',
  fields: ['podCidr', 'serviceCidr'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.podSubnet.cidrs.flatMap((pod) =>
      ctx.serviceSubnet.cidrs
        .filter((service) => overlaps(pod, service))
        .map((service) => ({
          fields: [subnetField('pod', pod.family), subnetField('service', service.family)],
          params: { pod: formatCidr(pod), service: formatCidr(service), family: familyLabel(pod.family) },
          fixes: ctx.plan.overrides.serviceSubnet === undefined ? serviceRangeCandidates(pod, service, subnetField('service', service.family)) : [],
        })),
    ),
});
