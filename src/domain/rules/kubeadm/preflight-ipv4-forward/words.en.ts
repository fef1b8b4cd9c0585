import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `kubeadm ${s(p, 'kubernetes')} checks IPv4 forwarding even on an IPv6-only cluster`,
  reads: () => 'kubeadm preflight before 1.27 checks /proc/sys/net/ipv4/ip_forward on every Linux node, whatever the families in use; 1.27 made the forwarding checks follow the families (kubernetes/kubeadm#2806).',
  happens: () =>
    'Unless net.ipv4.ip_forward is 1, `kubeadm init` and `join` stop in preflight with "[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1".',
  fix: () =>
    'Also set net.ipv4.ip_forward = 1 on every node (in /etc/sysctl.d/k8s.conf, then `sysctl --system`), or use Kubernetes 1.27 or later.',
};
