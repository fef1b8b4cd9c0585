import { KUBEADM_API_REMOVED_IN } from '../../helpers/kubeadm-api.words';
import { s } from '../../helpers/words.en';
import type { Params, RuleText } from '../../types';
import type { RuleParams } from './rule';

const removedIn = (p: Params): string => KUBEADM_API_REMOVED_IN[s(p, 'apiVersion')] ?? '';

export const en: RuleText<RuleParams> = {
  message: (p) =>
    ({
      removed: `${s(p, 'apiVersion')} is no longer accepted by kubeadm ${s(p, 'kubernetes')}`,
      deprecated: `${s(p, 'apiVersion')} is deprecated in kubeadm ${s(p, 'kubernetes')}`,
      experimental: `${s(p, 'apiVersion')} is experimental in kubeadm ${s(p, 'kubernetes')} and refused by init and join`,
      unknown: `${s(p, 'apiVersion')} is not known to kubeadm ${s(p, 'kubernetes')}`,
    })[s(p, 'status')] ?? '',
  reads: () => 'kubeadm checks the apiVersion of every document before decoding it.',
  happens: (p) =>
    ({
      removed: `\`kubeadm init\` stops with "your configuration file uses an old API spec: "${s(p, 'apiVersion')}"".${removedIn(p) ? ` kubeadm refuses it from ${removedIn(p)} on.` : ''}`,
      deprecated: `kubeadm warns "your configuration file uses a deprecated API spec" and still works${
        removedIn(p) ? `; kubeadm ${removedIn(p)} and later refuse it, and the kubeadm binary may be one minor newer than the cluster` : '; the next releases drop it'
      }.`,
      experimental: `\`kubeadm init\` stops with "experimental API spec: "${s(p, 'apiVersion')}" is not allowed". v1beta4 is accepted from 1.31.`,
      unknown: '`kubeadm init` cannot decode the document.',
    })[s(p, 'status')] ?? '',
  fix: (p) => `Use ${s(p, 'preferred')} (\`kubeadm config migrate\` converts old files).`,
};
