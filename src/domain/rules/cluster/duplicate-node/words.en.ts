import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => (s(p, 'kind') === 'name' ? `Node name ${s(p, 'value')} is used twice` : `Address ${s(p, 'value')} is used by ${s(p, 'other')} too`),
  reads: () => 'kubelet registers one Node object per name, and Flannel identifies peers by their addresses.',
  happens: (p) =>
    s(p, 'kind') === 'name'
      ? '`kubeadm join` on the second node stops in the kubelet-start phase with "a Node with name … and status "Ready" already exists in the cluster".'
      : 'Flannel reaches each peer at its published address, so it routes both nodes\' pods to one host.',
  fix: () => 'Give every node its own name and addresses.',
};
