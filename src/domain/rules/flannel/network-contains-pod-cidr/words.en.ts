import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Flannel ${s(p, 'key')} ${s(p, 'network')} does not contain the pod CIDR ${s(p, 'pod')}`,
  reads: (p) => `Flannel checks that ${s(p, 'key')} contains the podCIDR that kube-controller-manager gave each node out of kubeadm's podSubnet.`,
  happens: (p) =>
    s(p, 'outcome') === 'error'
      ? `kube-flannel exits with 'subnet "${s(p, 'network')}" specified in the flannel net config doesn't contain "<node podCIDR>" PodCIDR of the "<node>" node'.`
      : `Flannel v${s(p, 'version')} does not check it, but masquerading and routes are built from ${s(p, 'key')}, so pod traffic outside it is mishandled.`,
  fix: (p) => `Set ${s(p, 'key')} to ${s(p, 'pod')} (or a range that contains it).`,
};
