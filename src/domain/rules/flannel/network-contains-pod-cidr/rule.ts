import { containsCidr, formatCidr } from '../../../cidr';
import { atLeast, networkCidr, podCidr, podFieldsBad, version } from '../../helpers/flannel';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  key?: string | number;
  network?: string | number;
  outcome?: string | number;
  pod?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-network-contains-pod-cidr',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.network', 'flannel.ipv6Network', 'podCidr.ipv4', 'podCidr.ipv6'],
  needs: ['kubeadm', 'flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    // Until the pod fields are fixed, the pod CIDR of a family may be a typo's (an IPv6 CIDR in the IPv4 field).
    if (podFieldsBad(ctx)) return [];
    const findings: Finding[] = [];
    const pairs = [
      ['ipv4', 'Network', 'flannel.network', ctx.netConf.enableIPv4, networkCidr(ctx.netConf.networkParse)],
      ['ipv6', 'IPv6Network', 'flannel.ipv6Network', ctx.netConf.enableIPv6, networkCidr(ctx.netConf.ipv6NetworkParse)],
    ] as const;
    for (const [family, key, field, enabled, network] of pairs) {
      const pod = podCidr(ctx, family);
      if (!enabled || !pod || !network || network.family !== family || containsCidr(network, pod)) continue;
      findings.push({
        severity: atLeast(ctx, '0.18.0') ? 'error' : 'warning',
        fields: [field, `podCidr.${family}`],
        params: { key, network: formatCidr(network), pod: formatCidr(pod), version: version(ctx), outcome: atLeast(ctx, '0.18.0') ? 'error' : 'masquerade' },
        fixes: [{ label: 'set-network', params: { cidr: formatCidr(pod) }, set: [{ field, value: formatCidr(pod) }] }],
      });
    }
    return findings;
  },
});
