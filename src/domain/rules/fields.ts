// What is wrong with a value typed into one of the plan's per-family fields (pod and Service CIDRs, node addresses),
// so the rule that owns the typo can say it at that field, once.
import { type Family, bitsOf, familyLabel, parseCidr, parseCidrList, parseIp } from '../cidr';
import type { FieldProblem, Params } from './types';

export type { FieldProblem } from './types';

/**
 * Why one comma-separated piece of podSubnet/serviceSubnet does not parse. kubeadm ValidateIPNetFromString splits on
 * "," and hands each piece, untrimmed, to netutils.ParseCIDRs; so a space, an empty piece or /33 is refused.
 */
export function cidrPieceHint(piece: string, index: number, count: number): Params {
  if (piece === '') return commaHint(index, count);
  const trimmed = piece.trim();
  if (trimmed !== piece && parseCidr(trimmed, 'lenient').ok) return { hint: /^\s/.test(piece) ? 'leading-space' : 'trailing-space' };
  if (/\s/.test(trimmed) && parseCidr(trimmed.replace(/\s+/g, ''), 'lenient').ok) return { hint: 'space' };
  const slash = trimmed.indexOf('/');
  if (slash < 0) return parseIp(trimmed, 'lenient').ok ? { hint: 'no-prefix' } : { hint: 'not-address', address: clip(trimmed) };
  const address = parseIp(trimmed.slice(0, slash), 'lenient');
  if (!address.ok) return { hint: 'not-address', address: clip(trimmed.slice(0, slash)) };
  const prefix = trimmed.slice(slash + 1);
  const bits = bitsOf(address.ip.family);
  // Go's net.ParseCIDR: the prefix is decimal digits, at most the address length in bits.
  return { hint: /^\d+$/.test(prefix) && Number(prefix) > bits ? 'prefix-too-long' : 'bad-prefix', prefix: clip(prefix), bits };
}

/** A value quoted in a message: a pasted page of text stays readable. */
export const clip = (text: string): string => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** An empty piece of a comma list: where its comma is. */
const commaHint = (index: number, count: number): Params => ({ hint: index === count - 1 ? 'trailing-comma' : index === 0 ? 'leading-comma' : 'empty-entry' });

/** Why an address kubeadm reads whole (advertiseAddress) is not one IP: net.ParseIP does not trim. */
export function addressHint(text: string): Params {
  if (text.includes(',')) return { hint: 'list' };
  const trimmed = text.trim();
  if (trimmed !== text && parseIp(trimmed, 'lenient').ok) return { hint: /^\s/.test(text) ? 'leading-space' : 'trailing-space' };
  return { hint: parseCidr(trimmed, 'lenient').ok ? 'cidr' : 'not-address' };
}

/** A pod or Service CIDR field of the stack, read as kubeadm reads its pieces. */
export function cidrFieldProblem(text: string, family: Family): FieldProblem | null {
  if (text === '') return { kind: 'empty' };
  if (text.trim() === '') return { kind: 'syntax', piece: text, params: { hint: 'blank' } };
  const { pieces, cidrs } = parseCidrList(text);
  const bad = pieces.findIndex((piece) => !piece.parse.ok);
  if (bad >= 0) return { kind: 'syntax', piece: pieces[bad]!.text, params: cidrPieceHint(pieces[bad]!.text, bad, pieces.length) };
  return familyProblem(cidrs.map((cidr) => cidr.family), family);
}

/** A node address field, read as kubelet reads --node-ip: split on ",", each piece trimmed. */
export function addressFieldProblem(text: string, family: Family): FieldProblem | null {
  if (text === '') return null;
  const pieces = text.split(',');
  const bad = pieces.findIndex((piece) => !parseIp(piece.trim(), 'lenient').ok);
  if (bad >= 0) {
    const piece = pieces[bad]!;
    const params =
      pieces.length === 1 ? (piece.trim() === '' ? { hint: 'blank' } : addressHint(piece)) : piece.trim() === '' ? commaHint(bad, pieces.length) : { hint: 'list' };
    return { kind: 'syntax', piece, params };
  }
  return familyProblem(pieces.map((piece) => parseIp(piece.trim(), 'lenient')).flatMap((p) => (p.ok ? [p.ip.family] : [])), family);
}

function familyProblem(found: Family[], family: Family): FieldProblem | null {
  if (found.length > 1) return { kind: 'family', params: { hint: 'list', count: found.length } };
  return found[0] === family ? null : { kind: 'family', params: { hint: 'other-family', found: familyLabel(found[0]!) } };
}
