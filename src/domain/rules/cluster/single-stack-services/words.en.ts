import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Pods are dual-stack but serviceSubnet "${s(p, 'serviceSubnet')}" has no ${s(p, 'missing')} range`,
  reads: () => 'kube-apiserver allocates Service IPs only from the families in --service-cluster-ip-range.',
  happens: (p) =>
    `Every Service is single-stack; a Service asking for ${s(p, 'missing')} fails with 'spec.ipFamilies[0]: Invalid value: "${s(p, 'missing')}": not configured on this cluster', and RequireDualStack with "this cluster is not configured for dual-stack services".`,
  fix: (p) => `Add an ${s(p, 'missing')} Service CIDR.`,
};
