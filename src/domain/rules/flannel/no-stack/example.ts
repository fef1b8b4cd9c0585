import { NET_CONF, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(NET_CONF, { flannel: { enableIPv4: false, enableIPv6: false } });
