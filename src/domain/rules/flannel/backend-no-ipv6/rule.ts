import { knownBackends } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

// kube AcquireLease keeps IPv6 only for these (pkg/subnet/kube/kube.go: "only vxlan, host-gw and wireguard backends support dual stack now").
const DUAL_STACK_BACKENDS = new Set(['vxlan', 'host-gw', 'wireguard']);

// These take the node's external IPv4 address and panic without one (IPv6-only).
const IPV4_ONLY_PANIC_BACKENDS = new Set(['udp', 'ipip', 'ipsec', 'alloc']);

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  outcome?: string | number;
  type?: string | number;
};

export const rule = defineRule({
  id: 'flannel-backend-no-ipv6',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.backend.type'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    const type = ctx.netConf.backendType;
    if (!ctx.netConf.enableIPv6 || DUAL_STACK_BACKENDS.has(type) || !knownBackends(ctx.flannel).has(type)) return [];
    const outcome = !ctx.netConf.enableIPv4 && IPV4_ONLY_PANIC_BACKENDS.has(type) ? 'panic' : 'ipv6-dropped';
    return [{ params: { type, outcome }, fixes: [{ label: 'set-backend', params: { type: 'vxlan' }, set: [{ field: 'flannel.backend', value: { type: 'vxlan' } }] }] }];
  },
});
