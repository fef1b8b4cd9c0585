import { type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(['flannel-values.yaml'], { flannelVersion: '0.27.3', flannel: { iface: '192.168.10.11' } }, { flannelVersion: '0.27.4', flannel: { iface: '192.168.10.11' } });
