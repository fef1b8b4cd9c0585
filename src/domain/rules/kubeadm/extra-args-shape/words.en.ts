import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'field')} is a ${s(p, 'found')} but ${s(p, 'apiVersion')} wants a ${s(p, 'expected')}`,
  reads: () => 'kubeadm decodes extraArgs and kubeletExtraArgs into the types of the document\'s apiVersion: a map in v1beta3, a list of {name, value} in v1beta4.',
  happens: () => '`kubeadm init` stops with a decode error (cannot unmarshal …) before anything is deployed.',
  fix: (p) => (s(p, 'expected') === 'list' ? 'Write each argument as "- name: <flag>\\n  value: "<value>"".' : 'Write the arguments as a map: "<flag>: "<value>"".'),
};
