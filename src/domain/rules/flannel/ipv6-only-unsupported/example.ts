import { BOTH, IPV6_ONLY, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(BOTH, { ...IPV6_ONLY, flannelVersion: '0.16.3' }, { ...IPV6_ONLY, flannelVersion: '0.17.0' });
