import { NET_CONF, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(NET_CONF, { flannelVersion: '0.21.2', flannel: { backend: { type: 'vxlan', mtu: 1400 } } }, { flannelVersion: '0.21.3', flannel: { backend: { type: 'vxlan', mtu: 1400 } } });
