import { upgradeFix, version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-nftables-unsupported',
  severity: 'warning',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.enableNFTables'],
  versions: { flannel: { to: '0.24.99' } },
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => (ctx.plan.flannel.enableNFTables ? [{ params: { version: version(ctx) }, fixes: [upgradeFix()] }] : []),
});
