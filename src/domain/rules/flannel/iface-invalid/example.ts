import { type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(['flannel-values.yaml'], { flannel: { iface: 'eth0 eth1' } }, { flannel: { iface: 'eth0' } });
