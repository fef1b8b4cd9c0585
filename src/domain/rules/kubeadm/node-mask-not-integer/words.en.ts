import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `--${s(p, 'flag')} "${s(p, 'value')}" is not an integer`,
  reads: (p) => `kubeadm reads controllerManager extraArgs ${s(p, 'flag')} to check it against podSubnet.`,
  happens: (p) =>
    `\`kubeadm init\` stops with "could not parse the value of the kube-controller-manager flag ${s(p, 'flag')} as an integer: strconv.Atoi: parsing "${s(p, 'value')}": invalid syntax".`,
  fix: () => 'Use a plain number such as 24 (IPv4) or 64 (IPv6).',
};
