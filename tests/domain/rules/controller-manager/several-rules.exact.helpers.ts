// What the tests from kube-controller-manager-exact.test.ts share.
import type { Plan } from '../../../../src/domain/plan';
import { planNodeCapacity as capacityOf, resolvePlan } from '../../../../src/domain/resolve';
import type { Severity } from '../../../../src/domain/rules/types';
import { type PlanPatch, plan } from '../../../helpers';

export const diag = (rule: string, severity: Severity, fields: string[], params: Record<string, unknown>, fixes: unknown[] = []) => ({
  rule,
  severity,
  component: 'kube-controller-manager',
  phase: 'runtime',
  fields,
  params,
  fixes,
});
export const maskFix = (family: 'ipv4' | 'ipv6', mask: number) => ({
  label: 'set-node-mask',
  params: { flag: `node-cidr-mask-size-${family}`, mask },
  set: [{ field: `nodeMask.${family}`, value: String(mask) }],
});
export const podFix = (family: 'ipv4' | 'ipv6', cidr: string) => ({ label: 'set-pod-cidr', params: { cidr }, set: [{ field: `podCidr.${family}`, value: cidr }] });
export const serviceFix = (family: 'ipv4' | 'ipv6', cidr: string) => ({ label: 'set-service-cidr', params: { cidr }, set: [{ field: `serviceCidr.${family}`, value: cidr }] });
export const v4 = (pod: string, service = '10.96.0.0/16', nodeMask = '24', patch: PlanPatch = {}) =>
  plan({ stack: 'ipv4', podCidr: { ipv4: pod, ipv6: '' }, serviceCidr: { ipv4: service, ipv6: '' }, nodeMask: { ipv4: nodeMask, ipv6: '64' }, ...patch });
export const v6 = (pod: string, nodeMask = '64', patch: PlanPatch = {}) =>
  plan({ stack: 'ipv6', primaryFamily: 'ipv6', podCidr: { ipv4: '', ipv6: pod }, nodeMask: { ipv4: '24', ipv6: nodeMask }, ...patch });
export const nodes = (count: number): Plan['nodes'] =>
  Array.from({ length: count }, (_, i) => ({ name: `n-${i}`, role: i === 0 ? ('control-plane' as const) : ('worker' as const), ipv4: `192.168.10.${i + 1}`, ipv6: `fd00::${i + 1}` }));
export const noAllocate = { overrides: { controllerManagerArgs: { 'allocate-node-cidrs': 'false' } } };
/** resolve.ts planNodeCapacity of the plan resolved. */
export const planNodeCapacity = (p: Plan) => capacityOf(resolvePlan(p));
export const args = (controllerManagerArgs: Record<string, string>) => ({ overrides: { controllerManagerArgs } });
export function v6only(): PlanPatch {
  return { stack: 'ipv6', primaryFamily: 'ipv6' };
}
