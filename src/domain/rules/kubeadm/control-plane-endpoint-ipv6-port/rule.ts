import { parseIp } from '../../../cidr';
import { apiPort } from '../../helpers/kubeadm';
import { defineRule, type Finding } from '../../types';

const COMMON_API_PORTS = new Set([443, 6443, 8443, 16443]);

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  intended?: string | number;
  port?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-control-plane-endpoint-ipv6-port',
  severity: 'warning',
  component: 'kubeadm',
  phase: 'runtime',
  fields: ['controlPlaneEndpoint'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    const value = ctx.plan.controlPlaneEndpoint;
    const parsed = parseIp(value, 'lenient');
    if (!parsed.ok || parsed.ip.family !== 'ipv6') return [];
    const last = value.slice(value.lastIndexOf(':') + 1);
    if (!/^\d{3,5}$/.test(last) || !(COMMON_API_PORTS.has(Number(last)) || Number(last) === ctx.plan.bindPort)) return [];
    const host = value.slice(0, value.lastIndexOf(':'));
    const hostOk = parseIp(host.endsWith(':') ? `${host}:` : host, 'lenient').ok;
    const intended = hostOk ? `[${host.endsWith(':') ? `${host}:` : host}]:${last}` : `[${value}]:${apiPort(ctx)}`;
    return [{ params: { value, port: last, intended } }];
  },
});
