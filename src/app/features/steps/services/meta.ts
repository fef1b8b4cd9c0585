// Services step: the addresses kubeadm derives from the first Service CIDR.
import { type Plan, clusterDnsIp, kubernetesServiceIp } from '../../../../domain/plan';

export function derivedServiceIps(plan: Plan): { kubernetes: string; dns: string } {
  return { kubernetes: kubernetesServiceIp(plan) ?? '—', dns: clusterDnsIp(plan) ?? '—' };
}
