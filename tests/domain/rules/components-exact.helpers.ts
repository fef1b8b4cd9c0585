// What the tests from components-exact.test.ts share.
import type { Plan } from '../../../src/domain/plan';
import { plan } from '../../helpers';

export const withNodeIp = (nodeIp: string, patch: Parameters<typeof plan>[0] = {}): Plan => {
  const p = plan(patch);
  p.nodes[0]!.nodeIp = nodeIp;
  return p;
};
