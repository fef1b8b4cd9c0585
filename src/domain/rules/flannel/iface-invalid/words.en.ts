import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

// Why a --iface value is no Linux interface name (rules/flannel.ts interfaceNameProblem).
const IFACE_PROBLEM_EN: Record<string, string> = {
  dot: '"." and ".." are not names',
  space: 'it holds white space',
  slash: 'it holds a "/"',
  colon: 'it holds a ":"',
  empty: 'it is empty',
};

export const en: RuleText<RuleParams> = {
  message: (p) => `--iface "${s(p, 'value')}" is neither an IP address nor a possible Linux interface name: ${s(p, 'hint') === 'too-long' ? `it is ${s(p, 'bytes')} bytes, over 15` : (IFACE_PROBLEM_EN[s(p, 'hint')] ?? s(p, 'hint'))}`,
  reads: () => 'flanneld takes --iface as an IP address first, else as the name of an interface on the node; the value goes into its arguments whole, as one --iface.',
  happens: (p) => `No interface has that name, so kube-flannel logs "Could not find valid interface matching ${s(p, 'value')}", then exits with "Failed to find interface to use that matches the interfaces and/or regexes provided".`,
  fix: (p) => (s(p, 'hint') === 'space' ? 'Give one interface name, such as eth0, without spaces.' : 'Give the name `ip link` shows on the nodes, such as eth0, or one of the node\'s addresses.'),
};
