import { defineRule } from '../../types';

/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  basis?: string | number;
  version?: string | number;
};

export const rule = defineRule({ id: 'flannel-version-assumed', severity: 'info', component: 'flannel', phase: 'runtime', fields: ['flannelVersion'], needs: [] });
