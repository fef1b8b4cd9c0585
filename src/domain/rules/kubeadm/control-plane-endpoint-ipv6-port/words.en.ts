import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `controlPlaneEndpoint "${s(p, 'value')}" is read as one IPv6 address, not address and port ${s(p, 'port')}`,
  reads: () => 'kubeadm tries to split host and port; when that fails it takes the whole string as the host.',
  happens: (p) =>
    `kubeadm accepts it, but the endpoint is the IPv6 address "${s(p, 'value')}" on the default port, so nodes try to reach the wrong address and certificates carry the wrong SAN.`,
  fix: (p) => `Bracket the address: ${s(p, 'intended')}.`,
};
