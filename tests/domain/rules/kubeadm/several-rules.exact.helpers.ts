// What the tests from kubeadm-exact.test.ts share.
import type { Plan } from '../../../../src/domain/plan';
import type { Severity } from '../../../../src/domain/rules/types';
import { type PlanPatch, plan } from '../../../helpers';

export const diag = (rule: string, severity: Severity, phase: string, fields: string[], params: Record<string, unknown>, fixes: unknown[] = []) => ({
  rule,
  severity,
  component: 'kubeadm',
  phase,
  fields,
  params,
  fixes,
});
export const validate = (rule: string, fields: string[], params: Record<string, unknown>, fixes: unknown[] = []) => diag(rule, 'error', 'kubeadm-validate', fields, params, fixes);
export const v4only = { stack: 'ipv4' as const };
export const v6only = { stack: 'ipv6' as const, primaryFamily: 'ipv6' as const };
export const withNodes = (patch: PlanPatch, ...nodes: Plan['nodes']): Plan => plan({ ...patch, nodes });
