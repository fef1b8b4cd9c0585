import { legacySubnetChecks, version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  message?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-subnet-options-invalid',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.network', 'flannel.ipv6Network', 'flannel.subnetLen', 'flannel.subnetMin', 'flannel.subnetMax'],
  versions: { flannel: { to: '0.19.99' } },
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => legacySubnetChecks(ctx).map((message) => ({ params: { message, version: version(ctx) } })),
});
