import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'reason') === 'unparsable'
      ? `Kubernetes version "${s(p, 'value')}" does not parse; rules use ${s(p, 'assumed')}, the newest known`
      : `Kubernetes ${s(p, 'value')} is outside what this tool knows (1.23 to 1.37); rules use ${s(p, 'assumed')}`,
  reads: () =>
    `The kubeadm, kube-apiserver and kubelet rules change with the Kubernetes minor; their facts cover 1.23 (dual-stack GA) to 1.37.`,
  happens: (p) =>
    s(p, 'reason') === 'unparsable'
      ? `Every rule is checked as for Kubernetes ${s(p, 'assumed')}; if your cluster runs another version, the checks may not match it.`
      : `Each rule applies its known version boundaries to ${s(p, 'assumed')}; changes before 1.23 or after 1.37 are not known here, so the checks may not match your cluster.`,
  fix: () => `Pick a Kubernetes version from 1.23 to 1.37.`,
};
