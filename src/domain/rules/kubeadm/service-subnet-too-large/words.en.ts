import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Service CIDR ${s(p, 'cidr')} is too large: kubeadm allows at most 20 host bits (/${s(p, 'minPrefix')})`,
  reads: () => 'kubeadm limits each serviceSubnet CIDR to 20 host bits, because the Service IP allocator keeps a bitmap of it.',
  happens: (p) =>
    `\`kubeadm init\` stops with "specified service subnet is too large; for ${s(p, 'bits')}-bit addresses, the mask must be >= ${s(p, 'minPrefix')}". From Kubernetes 1.34 the API server no longer limits the size itself, but kubeadm still does.`,
  fix: (p) => `Use /${s(p, 'minPrefix')} or a longer prefix.`,
};
