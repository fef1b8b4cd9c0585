import { CLUSTER_CONFIGURATION, type RuleExample } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  failing: [{ path: 'cluster.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n' }],
  fixed: [{ path: 'cluster.yaml', text: CLUSTER_CONFIGURATION }],
};
