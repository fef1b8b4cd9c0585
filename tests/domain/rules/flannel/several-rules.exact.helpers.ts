// What the tests from flannel-exact.test.ts share.
import type { Severity } from '../../../../src/domain/rules/types';
import { type PlanPatch, plan } from '../../../helpers';

export const at = (version: string, patch: PlanPatch = {}) => plan({ ...patch, flannelVersion: version });
export const diag = (rule: string, severity: Severity, fields: string[], params: Record<string, unknown>, fixes: unknown[] = []) => ({
  rule,
  severity,
  component: 'flannel',
  phase: 'runtime',
  fields,
  params,
  fixes,
});
export const UPGRADE = { label: 'set-flannel-version', params: { version: '0.28.9' }, set: [{ field: 'flannelVersion', value: '0.28.9' }] };
export const VXLAN = { label: 'set-backend', params: { type: 'vxlan' }, set: [{ field: 'flannel.backend', value: { type: 'vxlan' } }] };
export const FLANNEL_ONLY = ['flannel'] as const;
export const v4only = { stack: 'ipv4' as const };
export const v6only = { stack: 'ipv6' as const, primaryFamily: 'ipv6' as const };
