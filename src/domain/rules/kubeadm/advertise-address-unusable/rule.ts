import { specialKind } from '../../helpers/kubeadm';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  kind?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-advertise-address-unusable',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-init',
  fields: ['advertiseAddress', 'nodes.*.ipv4', 'nodes.*.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    if (!ctx.advertise?.ok) return [];
    const kind = specialKind(ctx.advertise.ip);
    if (kind !== 'link-local' && kind !== 'multicast') return [];
    const source = ctx.advertiseSource;
    if (source === null) return [{ fields: ['advertiseAddress'], params: { value: ctx.advertiseText, kind } }];
    // Derived from the init node's address: kubelet/node-ip-unusable flags it at that field when it is a node-ip.
    const ip = ctx.advertise.ip;
    const flagged = ctx.nodes[source.index]!.ips.some((other) => other.family === ip.family && other.value === ip.value);
    return flagged ? [] : [{ fields: [source.field], params: { value: ctx.advertiseText, kind } }];
  },
});
