import { KUBERNETES_MINORS, NEWEST_KUBERNETES, OLDEST_KUBERNETES, isKnownKubernetesMinor, parseKubernetesVersion } from '../../../versions';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  assumed?: string | number;
  reason?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  // context.ts buildContext keeps a parsable minor as written and reads unparsable text as the newest known.
  id: 'kubernetes-version-unknown',
  severity: 'warning',
  component: 'kubeadm',
  phase: 'runtime',
  fields: ['kubernetesVersion'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    const parsed = parseKubernetesVersion(ctx.plan.kubernetesVersion);
    if (parsed && isKnownKubernetesMinor(parsed.minor)) return [];
    const nearest = parsed && parsed.minor < KUBERNETES_MINORS[0] ? OLDEST_KUBERNETES : NEWEST_KUBERNETES;
    return [{
      fixes: [{ label: 'set-kubernetes-version', params: { version: nearest }, set: [{ field: 'kubernetesVersion', value: nearest }] }],
      params: { value: ctx.plan.kubernetesVersion.slice(0, 80), assumed: `1.${ctx.kubernetesMinor}`, reason: parsed ? 'out-of-range' : 'unparsable' },
    }];
  },
});
