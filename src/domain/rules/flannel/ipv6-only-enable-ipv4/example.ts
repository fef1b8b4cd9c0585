import { BOTH, IPV6_ONLY, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(BOTH, { ...IPV6_ONLY, flannel: { enableIPv4: true, network: '10.244.0.0/16' } }, IPV6_ONLY);
