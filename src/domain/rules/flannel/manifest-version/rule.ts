import { defineRule } from '../../types';

/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  image?: string | number;
  version?: string | number;
};

export const rule = defineRule({ id: 'flannel-manifest-version', severity: 'info', component: 'flannel', phase: 'runtime', fields: ['flannelVersion'], needs: ['flannel'] });
