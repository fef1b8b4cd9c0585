import { BOTH, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(BOTH, { flannel: { network: '10.245.0.0/16' } });
