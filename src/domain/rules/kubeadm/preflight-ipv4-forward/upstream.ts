import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-preflight-ipv4-forward/preflight',
    rule: 'kubeadm-preflight-ipv4-forward',
    component: 'kubeadm',
    text: '[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1',
    example: '\t[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1',
    template: '[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1',
    versions: { kubernetes: { to: '1.26' } },
    source: 'kubeadm cmd/kubeadm/app/preflight/checks.go addCommonChecks FileContentCheck',
  },
];
