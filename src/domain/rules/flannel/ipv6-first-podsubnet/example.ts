import { BOTH, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(BOTH, { flannelVersion: '0.20.1', primaryFamily: 'ipv6' }, { flannelVersion: '0.20.1', primaryFamily: 'ipv6', overrides: { podSubnetOrder: ['ipv4', 'ipv6'] } });
