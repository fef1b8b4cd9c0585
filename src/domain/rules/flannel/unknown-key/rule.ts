import { defineRule } from '../../types';

/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  key?: string | number;
  suggestion?: string | number;
};

export const rule = defineRule({ id: 'flannel-unknown-key', severity: 'warning', component: 'flannel', phase: 'runtime', fields: [], needs: ['flannel'] });
