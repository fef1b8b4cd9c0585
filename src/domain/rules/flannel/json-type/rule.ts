import { defineRule } from '../../types';

/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  expected?: string | number;
  found?: string | number;
  goType?: string | number;
  key?: string | number;
};

export const rule = defineRule({ id: 'flannel-json-type', severity: 'error', component: 'flannel', phase: 'runtime', fields: [], needs: ['flannel'] });
