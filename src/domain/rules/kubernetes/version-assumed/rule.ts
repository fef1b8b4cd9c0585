import { defineRule } from '../../types';

/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  apiVersion?: string | number;
  basis?: string | number;
  version?: string | number;
};

export const rule = defineRule({ id: 'kubernetes-version-assumed', severity: 'info', component: 'cluster', phase: 'runtime', fields: ['kubernetesVersion'], needs: [] });
