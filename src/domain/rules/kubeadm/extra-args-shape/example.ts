import { KUBEADM_V1BETA4, type RuleExample } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  failing: [{ path: 'kubeadm-config.yaml', text: KUBEADM_V1BETA4('  extraArgs:\n    node-cidr-mask-size-ipv4: "25"\n') }],
  fixed: [{ path: 'kubeadm-config.yaml', text: KUBEADM_V1BETA4('  extraArgs:\n    - name: node-cidr-mask-size-ipv4\n      value: "25"\n') }],
};
