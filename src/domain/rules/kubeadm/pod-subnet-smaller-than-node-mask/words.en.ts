import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Pod CIDR ${s(p, 'cidr')} is smaller than one node's block (/${s(p, 'mask')})`,
  reads: (p) =>
    `kube-controller-manager cuts the pod CIDR into one block per node of size --${s(p, 'flag')} (default 24 for IPv4, 64 for IPv6); kubeadm checks that the pod CIDR can hold at least one block.`,
  happens: (p) =>
    `\`kubeadm init\` stops with "the size of pod subnet with mask ${s(p, 'prefix')} is smaller than the size of node subnet with mask ${s(p, 'mask')}". kubeadm does not pick an IPv6 node mask for you since 1.20 (kubernetes/kubernetes#95723).`,
  fix: (p) => `Set ${s(p, 'flag')} to at least ${s(p, 'prefix')} and at most ${Number(p.prefix) + 16}, or use a shorter pod prefix.`,
};
