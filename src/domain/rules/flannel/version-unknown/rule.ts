import { NEWEST_FLANNEL, parseFlannelVersion } from '../../../versions';
import { inRange, version } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  assumed?: string | number;
  reason?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'flannel-version-unknown',
  severity: 'warning',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannelVersion'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    const parsed = parseFlannelVersion(ctx.plan.flannelVersion);
    if (parsed && inRange(ctx, '0.15.0', NEWEST_FLANNEL)) return [];
    return [{ params: { value: ctx.plan.flannelVersion, assumed: version(ctx), reason: parsed ? 'out-of-range' : 'unparsable' } }];
  },
});
