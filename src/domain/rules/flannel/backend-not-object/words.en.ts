import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: () => 'net-conf.json Backend must be an object such as {"Type": "vxlan"}',
  reads: () => 'Flannel decodes Backend as an object with a Type key.',
  happens: () => 'kube-flannel exits with "error decoding Backend property of config: json: cannot unmarshal string into Go value of type struct { Type string }".',
  fix: () => 'Write "Backend": {"Type": "vxlan"}.',
};
