import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { controlPlaneEndpoint: 'fd00:192:168:10::10:6443' }, { controlPlaneEndpoint: '[fd00:192:168:10::10]:6443' });
