// What the tests from field-limits.test.ts share.
import { describeDiagnostic } from '../../../src/content/describe';
import { ZH_RULES } from '../../../src/content/zh';
import type { Plan } from '../../../src/domain/plan';
import type { Diagnostic } from '../../../src/domain/rules/types';
import { type PlanPatch, findings, plan } from '../../helpers';

export const zh = (d: Diagnostic) => describeDiagnostic(d, ZH_RULES);
export const params = (p: Plan, rule: string) => findings(p, rule).map((d) => d.params);
export const v4only: PlanPatch = { stack: 'ipv4' };
export const vxlan = (options: Record<string, number>, patch: PlanPatch = {}) => plan({ ...patch, flannel: { ...(patch.flannel ?? {}), backend: { type: 'vxlan', ...options } } });
