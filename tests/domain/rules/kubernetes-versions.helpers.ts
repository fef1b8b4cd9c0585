// What the tests from kubernetes-versions.test.ts share.
import { findings, plan } from '../../helpers';

export const V1BETA2 = 'kubeadm.k8s.io/v1beta2';
export const V1BETA3 = 'kubeadm.k8s.io/v1beta3';
export const V1BETA4 = 'kubeadm.k8s.io/v1beta4';
export const apiVersion = (kubernetesVersion: string, kubeadmApiVersion: string) =>
  findings(plan({ kubernetesVersion, overrides: { kubeadmApiVersion } }), 'kubeadm-api-version');
