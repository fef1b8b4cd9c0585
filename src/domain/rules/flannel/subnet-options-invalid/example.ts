import { NET_CONF, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(NET_CONF, { flannelVersion: '0.19.2', flannel: { subnetLen: 31 } }, { flannelVersion: '0.19.2', flannel: { subnetLen: 25 } });
