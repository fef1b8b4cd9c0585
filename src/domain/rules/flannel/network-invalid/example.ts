import { NET_CONF, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(NET_CONF, { flannel: { network: '10.244.0.0' } });
