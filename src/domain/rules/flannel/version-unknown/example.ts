import { NET_CONF, type RuleExample, plan } from '../../example-kit';

// Flannel
export const example: RuleExample = plan(NET_CONF, { flannelVersion: '0.14.0' });
