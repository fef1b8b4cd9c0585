import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `node-ip ${s(p, 'address')} on ${s(p, 'node')} is a ${s(p, 'kind')} address`,
  reads: () => 'kubelet checks that each node IP is usable and present on a local interface.',
  happens: () => 'kubelet cannot validate the node IP ("failed to validate nodeIP"), so the node status update fails and the node stays NotReady or has no address.',
  fix: () => 'Use an address of the node\'s main interface.',
};
