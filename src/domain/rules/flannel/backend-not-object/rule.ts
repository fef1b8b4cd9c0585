import { defineRule } from '../../types';

/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  value?: string | number;
};

export const rule = defineRule({ id: 'flannel-backend-not-object', severity: 'error', component: 'flannel', phase: 'runtime', fields: ['flannel.backend.type'], needs: ['flannel'] });
