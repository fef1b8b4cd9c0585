// Cluster-wide addressing: overlaps, reserved and documentation ranges, canonical forms, family order.
import { type Cidr, cidrOf } from '../../cidr';
import type { RuleContext } from '../context';
import type { SubnetKind } from './kubeadm';

// RFC 5737 and RFC 3849 documentation prefixes (the address-space picture marks them too).
export const DOCUMENTATION = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32'].map(cidrOf);

export interface NamedCidr {
  kind: SubnetKind;
  cidr: Cidr;
  text: string;
}

export function namedCidrs(ctx: RuleContext): NamedCidr[] {
  const result: NamedCidr[] = [];
  for (const [kind, list] of [['pod', ctx.podSubnet], ['service', ctx.serviceSubnet]] as const) {
    for (const piece of list.pieces) if (piece.parse.ok) result.push({ kind, cidr: piece.parse.cidr, text: piece.text });
  }
  return result;
}

export const SETTING: Record<SubnetKind, string> = { pod: 'podSubnet', service: 'serviceSubnet' };
