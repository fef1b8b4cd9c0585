import { type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan([], { podCidr: { ipv4: 'fd00:10:244::/56', ipv6: 'fd00:10:244::/56' } });
