import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Pod CIDR ${s(p, 'pod')} overlaps Service CIDR ${s(p, 'service')}`,
  reads: () =>
    'kube-controller-manager marks pod blocks that overlap a Service CIDR as used; Flannel routes and masquerades the whole pod range. The official kubeadm dual-stack example does this too (pods 2001:db8:42::/56, Services 2001:db8:42:1::/112).',
  happens: () => 'The cluster starts, but one or more node blocks are lost, and Service addresses sit inside the pod range, which confuses firewalls, routes and masquerade rules.',
  fix: (p) => `Give Services a range outside the pod CIDR ${s(p, 'pod')}, next to it rather than inside it.`,
};
