import { isPortNumber } from '../../../plan';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  found?: string | number;
  goKind?: string | number;
  hint?: string | number;
  port?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-bind-port',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['bindPort'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    // ValidatePort: 1..65535. A file's 0 is 6443 already (parse/files.ts); in the wizard 0 and an empty field (NaN)
    // are errors too, since the join files would carry them (plan.ts joinPort).
    const port = ctx.plan.bindPort;
    if (isPortNumber(port)) return [];
    const hint = Number.isNaN(port) ? 'not-number' : port === 0 ? 'zero' : 'invalid';
    return [{ params: { value: hint === 'not-number' ? '' : String(port), hint } }];
  },
});
