import { NET_CONF, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(NET_CONF, { flannel: { backend: { type: 'vxlan', mtu: 1300 } } }, { flannel: { backend: { type: 'vxlan', mtu: 1450 } } });
