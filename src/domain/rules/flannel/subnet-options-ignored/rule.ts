import type { RuleContext } from '../../context';
import { version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

function subnetOptionKeys(ctx: RuleContext): string[] {
  const f = ctx.plan.flannel;
  const keys: Array<[string, unknown]> = [
    ['SubnetLen', f.subnetLen], ['SubnetMin', f.subnetMin], ['SubnetMax', f.subnetMax],
    ['IPv6SubnetLen', f.ipv6SubnetLen], ['IPv6SubnetMin', f.ipv6SubnetMin], ['IPv6SubnetMax', f.ipv6SubnetMax],
  ];
  return keys.filter(([, value]) => value !== undefined).map(([key]) => key);
}

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  keys?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-subnet-options-ignored',
  severity: 'warning',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.subnetLen', 'flannel.subnetMin', 'flannel.subnetMax'],
  versions: { flannel: { from: '0.20.0' } },
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    const keys = subnetOptionKeys(ctx);
    return keys.length ? [{ params: { keys: keys.join(', '), version: version(ctx) } }] : [];
  },
});
