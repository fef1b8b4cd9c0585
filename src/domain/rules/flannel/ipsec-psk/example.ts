import { EXAMPLE_PSK, IPV4_ONLY, NET_CONF, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(NET_CONF, { ...IPV4_ONLY, flannel: { backend: { type: 'ipsec', psk: 'secret' } } }, { ...IPV4_ONLY, flannel: { backend: { type: 'ipsec', psk: EXAMPLE_PSK } } });
