import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `A dual-stack node-ip on ${s(p, 'node')} with --cloud-provider=external fails on Kubernetes ${s(p, 'kubernetes')}`,
  reads: (p) =>
    s(p, 'parser') === 'legacy'
      ? `kubelet ${s(p, 'kubernetes')} refuses a dual-stack --node-ip whenever --cloud-provider is set; the CloudDualStackNodeIPs gate for external providers came in 1.27 (on from 1.29, GA in 1.30).`
      : 'kubelet accepts a dual-stack --node-ip with an external cloud provider only when CloudDualStackNodeIPs is on (beta and on from 1.29, GA in 1.30).',
  happens: (p) =>
    s(p, 'parser') === 'legacy'
      ? `kubelet exits with 'dual-stack --node-ip "${s(p, 'value')}" not supported when using a cloud provider' and the node never joins.`
      : `kubelet exits with 'bad --node-ip "${s(p, 'value')}": dual-stack not supported in this configuration' (kubernetes/cloud-provider-openstack#2322).`,
  fix: (p) =>
    s(p, 'parser') === 'legacy'
      ? 'Use Kubernetes 1.29 or later, or give each node a single node-ip on this version.'
      : 'Use Kubernetes 1.29 or later, or enable the CloudDualStackNodeIPs feature gate on kubelet and the cloud controller manager.',
};
