import { defineRule } from '../../types';

/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  keys?: string | number;
  other?: string | number;
  used?: string | number;
};

export const rule = defineRule({ id: 'flannel-net-conf-differs', severity: 'warning', component: 'flannel', phase: 'runtime', fields: [], needs: [] });
