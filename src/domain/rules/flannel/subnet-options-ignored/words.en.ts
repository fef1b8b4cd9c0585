import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'keys')} are ignored by Flannel v${s(p, 'version')} on kubeadm clusters`,
  reads: () => 'Since v0.20.0 Flannel checks SubnetLen, SubnetMin and SubnetMax only with etcd; with --kube-subnet-mgr each node\'s subnet is the podCIDR from kube-controller-manager.',
  happens: () => 'The values have no effect; node subnet sizes come from node-cidr-mask-size-ipv4/-ipv6.',
  fix: () => 'Remove them and set the controller-manager node masks instead.',
};
