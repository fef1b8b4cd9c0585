import { BOTH, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(BOTH, { overrides: { podSubnet: '' } });
