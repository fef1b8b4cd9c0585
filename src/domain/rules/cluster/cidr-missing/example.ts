import { type RuleExample, plan } from '../../example-kit';

// cluster-wide addressing
  // About the wizard's per-family fields, before any file is written: the files hold other lists.
export const example: RuleExample = plan([], { podCidr: { ipv4: '10.244.0.0/16', ipv6: '' } });
