import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

const ADVERTISE_PROBLEM_EN: Record<string, string> = {
  list: ': it is a list',
  'leading-space': ': it starts with a space, and kubeadm does not trim spaces',
  'trailing-space': ': it ends with a space, and kubeadm does not trim spaces',
  cidr: ': it has a /prefix',
};

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'node')
      ? `The ${s(p, 'family')} address of ${s(p, 'node')} ${s(p, 'hint') === 'leading-space' ? 'starts' : 'ends'} with a space, and kubeadm reads it untrimmed as the advertise address`
      : `advertiseAddress "${s(p, 'value')}" is not a single IP address${ADVERTISE_PROBLEM_EN[s(p, 'hint')] ?? ''}`,
  reads: (p) =>
    `${s(p, 'node') ? `advertiseAddress is empty, so the wizard writes ${s(p, 'node')}'s ${s(p, 'family')} address there. ` : ''}kubeadm passes localAPIEndpoint.advertiseAddress to kube-apiserver --advertise-address, which takes exactly one IP, and does not trim it.`,
  happens: (p) =>
    `\`kubeadm init\` stops with "couldn't use "${s(p, 'value')}" as "apiserver-advertise-address", must be ipv4 or ipv6 address".${
      s(p, 'hint') === 'list' ? ' The advertise address cannot be dual-stack.' : ''
    }`,
  fix: (p) => (s(p, 'node') || s(p, 'hint').endsWith('-space') ? 'Remove the spaces.' : 'Use the control-plane node\'s address in the family listed first in serviceSubnet.'),
};
