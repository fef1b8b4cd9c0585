// What a link to a plan cannot hold, for the page to say beside the link before it is shared. Apart from
// permalink.ts, so it loads with the review step and not with the first screen.
import { type DropReason, decodePlan, encodePlan } from './permalink';
import type { Plan } from './plan';

/** What a link to this plan cannot hold, for the page to say before the link is shared. */
export interface LinkGap {
  /** The link key, or the Plan field for the PSK, which has none; '' for the whole link. */
  key: string;
  reason: DropReason | 'secret';
}

export function linkGaps(plan: Plan): LinkGap[] {
  const gaps: LinkGap[] = plan.flannel.backend?.psk ? [{ key: 'flannel.backend.psk', reason: 'secret' }] : [];
  for (const { key, reason } of decodePlan(encodePlan(plan)).dropped) gaps.push({ key, reason });
  return gaps;
}

// The backends that read a PSK: pkg/backend/ipsec (required) and pkg/backend/wireguard (optional). Flannel
// lower-cases Type.
const PSK_BACKENDS = ['ipsec', 'wireguard'];

/** Whether the plan's backend has a pre-shared key: only then does the page say that links leave it out. */
export function backendHasPsk(plan: Plan): boolean {
  return plan.flannel.backend !== null && PSK_BACKENDS.includes(plan.flannel.backend.type.toLowerCase());
}
