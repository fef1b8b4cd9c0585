import { BOTH, IPV4_ONLY, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(BOTH, { ...IPV4_ONLY, flannel: { enableIPv6: true, ipv6Network: 'fd00:10:244::/56' } }, IPV4_ONLY);
