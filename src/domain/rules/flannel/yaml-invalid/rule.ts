import { defineRule } from '../../types';

// Emitted by the file reader (parse/files.ts) about the files themselves.
/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  error?: string | number;
};

export const rule = defineRule({ id: 'flannel-yaml-invalid', severity: 'error', component: 'flannel', phase: 'runtime', fields: [], needs: [] });
