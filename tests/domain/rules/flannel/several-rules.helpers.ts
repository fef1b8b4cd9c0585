// What the tests from flannel.test.ts share.
import { type PlanPatch, plan } from '../../../helpers';

export const at = (version: string, patch: PlanPatch = {}) => plan({ ...patch, flannelVersion: version });
export const ipv6FirstPods = { podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56' }, overrides: { podSubnetOrder: ['ipv6', 'ipv4'] as const } } as unknown as PlanPatch;
