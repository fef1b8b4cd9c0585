import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

// Field limits (issue 17).
export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'hint') === 'not-integer'
      ? `VXLAN VNI ${s(p, 'value')} is not a whole number`
      : s(p, 'hint') === 'range'
        ? `VXLAN VNI ${s(p, 'value')} does not fit in 24 bits (0 to ${s(p, 'max')})`
        : `VXLAN VNI ${s(p, 'value')} makes the device name ${s(p, 'device')} longer than Linux allows`,
  reads: () => 'Flannel creates the VXLAN devices flannel.<VNI> (IPv4) and flannel-v6.<VNI> (IPv6) with this VNI; a VXLAN network identifier has 24 bits, and a Linux interface name at most 15 bytes.',
  happens: (p) =>
    s(p, 'hint') === 'not-integer'
      ? 'kube-flannel exits with "Error registering network: error decoding VXLAN backend config: …".'
      : s(p, 'hint') === 'range'
        ? 'Linux refuses to create the device ("VXLAN ID must be lower than 16777216", numerical result out of range), so kube-flannel exits with "Error registering network: …" and crash-loops.'
        : `Linux refuses the ${s(p, 'device').length}-byte name ${s(p, 'device')} (numerical result out of range), so kube-flannel exits with "Error registering network: …" and crash-loops.`,
  fix: (p) => (s(p, 'hint') === 'name-too-long' ? `Use a VNI from 0 to ${s(p, 'max')}, or leave the field empty for VNI 1.` : 'Use a VNI from 0 to 16777215, or leave the field empty for VNI 1.'),
};
