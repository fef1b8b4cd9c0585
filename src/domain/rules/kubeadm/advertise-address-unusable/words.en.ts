import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `advertiseAddress ${s(p, 'value')} is a ${s(p, 'kind')} address`,
  reads: () => 'kubeadm checks that the API server can bind to and advertise the address.',
  happens: (p) => `\`kubeadm init\` stops with "cannot use "${s(p, 'value')}" as the bind address for the API Server".`,
  fix: () => 'Use a global unicast address of the control-plane node.',
};
