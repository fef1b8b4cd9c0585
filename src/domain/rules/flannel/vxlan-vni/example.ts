import { NET_CONF, type RuleExample, plan } from '../../example-kit';

// Field limits (issue 17): the files carry the typed value, which kube-flannel refuses.
export const example: RuleExample = plan(NET_CONF, { flannel: { backend: { type: 'vxlan', vni: 99999999 } } }, { flannel: { backend: { type: 'vxlan', vni: 4096 } } });
