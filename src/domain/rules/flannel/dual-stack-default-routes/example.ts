import { type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(['flannel-values.yaml'], {}, { flannel: { iface: 'eth0' } });
