import { BOTH, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(BOTH, { flannelVersion: '0.22.0', flannel: { enableIPv6: false, ipv6Network: '' } }, { flannelVersion: '0.22.0' });
