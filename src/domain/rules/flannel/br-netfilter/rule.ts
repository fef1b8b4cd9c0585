import { version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  families?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-br-netfilter',
  severity: 'info',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.enableNFTables'],
  versions: { flannel: { from: '0.26.0' } },
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => (ctx.plan.flannel.enableNFTables ? [] : [{ params: { version: version(ctx), families: [ctx.netConf.enableIPv4 ? 'bridge-nf-call-iptables' : '', ctx.netConf.enableIPv6 ? 'bridge-nf-call-ip6tables' : ''].filter(Boolean).join(', ') } }]),
});
