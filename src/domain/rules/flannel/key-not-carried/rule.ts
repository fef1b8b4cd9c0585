import { defineRule } from '../../types';

/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  backend?: string | number;
  key?: string | number;
};

export const rule = defineRule({ id: 'flannel-key-not-carried', severity: 'info', component: 'flannel', phase: 'runtime', fields: [], needs: [] });
