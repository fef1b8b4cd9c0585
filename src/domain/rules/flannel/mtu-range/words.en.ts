import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'hint') === 'not-integer'
      ? `Backend MTU ${s(p, 'value')} is not a whole number`
      : s(p, 'hint') === 'too-small'
        ? `Backend MTU ${s(p, 'value')} leaves ${s(p, 'inner')} bytes inside the ${s(p, 'type')} tunnel, under ${s(p, 'family')}'s minimum of ${s(p, 'link')}`
        : `Backend MTU ${s(p, 'value')} gives a VXLAN device MTU of ${s(p, 'inner')}, over Linux's 65535`,
  reads: (p) =>
    s(p, 'hint') === 'not-integer'
      ? 'Flannel decodes MTU as a whole number.'
      : `MTU is the size of the packets Flannel sends between nodes; the ${s(p, 'type')} backend gives its devices and the pods (subnet.env FLANNEL_MTU) MTU − ${s(p, 'overhead')}. Every IPv6 link needs at least 1280 bytes (RFC 8200 section 5), every IPv4 link 68 (RFC 791).`,
  happens: (p) =>
    s(p, 'hint') === 'not-integer'
      ? 'kube-flannel exits with "Error registering network: error decoding … backend config: …".'
      : s(p, 'hint') === 'too-small'
        ? `Flannel's devices and the pods' interfaces would get an MTU of ${s(p, 'inner')}: ${
            s(p, 'family') === 'IPv6'
              ? 'Linux runs no IPv6 on a link under 1280 bytes, so pod IPv6 traffic cannot flow'
              : s(p, 'type') === 'vxlan'
                ? 'Linux refuses such a VXLAN device ("MTU must be between 68 and 65535"), so kube-flannel exits with "Error registering network: …"'
                : 'under what every IPv4 link must carry, so some pod packets can never cross'
          }.`
        : 'Linux refuses to create the VXLAN device ("MTU must be between 68 and 65535"), so kube-flannel exits with "Error registering network: …".',
  fix: (p) =>
    s(p, 'hint') === 'too-large'
      ? `Use at most ${s(p, 'max')}, and no more than your nodes' interface MTU; or leave the field empty to use it.`
      : s(p, 'hint') === 'too-small'
        ? `Use at least ${s(p, 'min')}, and no more than your nodes' interface MTU; or leave the field empty to use it.`
        : 'Use a whole number, or leave the field empty to use the interface\'s MTU.',
};
