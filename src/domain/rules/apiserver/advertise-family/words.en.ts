import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'mode') === 'auto'
      ? `serviceSubnet lists ${s(p, 'family')} first, but no advertiseAddress is set and kubeadm will detect an IPv4 one`
      : `advertiseAddress ${s(p, 'address')} is not ${s(p, 'family')}, the family of the first serviceSubnet entry ${s(p, 'serviceCidr')}`,
  reads: (p) =>
    s(p, 'outcome') === 'unchecked'
      ? `kube-apiserver ${s(p, 'kubernetes')} does not compare --advertise-address with the first --service-cluster-ip-range entry (that check came in 1.24): the "kubernetes" Service gets a ClusterIP of that entry's family and the advertise address as its endpoint. Without an advertiseAddress, kubeadm picks the default-route interface and prefers IPv4.`
      : 'kube-apiserver requires --advertise-address to be in the family of the first --service-cluster-ip-range entry, because the "kubernetes" Service (in that family) points at it. Without an advertiseAddress, kubeadm picks the default-route interface and prefers IPv4.',
  happens: (p) =>
    s(p, 'outcome') === 'unchecked'
      ? `kube-apiserver starts, but the "kubernetes" Service then has a ${s(p, 'family')} ClusterIP and an endpoint of the other family, so pods that reach the API server through kubernetes.default.svc will likely fail to connect (reported as "connection refused" in kubernetes-sigs/kind#2484; kubernetes/kubernetes#111671).`
      : `kube-apiserver refuses to start with "service IP family "${s(p, 'serviceCidr')}" must match public address family "<advertise address>"", so \`kubeadm init\` times out waiting for the control plane (kubernetes/kubernetes#111671, kubernetes/kubeadm#2754).`,
  fix: (p) => `Set localAPIEndpoint.advertiseAddress to the control-plane node's ${s(p, 'family')} address, or list the other family first in serviceSubnet.`,
};
