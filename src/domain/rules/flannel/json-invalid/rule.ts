import { defineRule } from '../../types';

// Emitted by the net-conf.json parser, which sees the raw JSON.
/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  error?: string | number;
};

export const rule = defineRule({ id: 'flannel-json-invalid', severity: 'error', component: 'flannel', phase: 'runtime', fields: [], needs: ['flannel'] });
