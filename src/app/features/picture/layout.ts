// Where the picture draws what the model (src/domain/address-space.ts) says: positions on a bar, to scale when the
// blocks are few enough to see, else on a log scale. No CIDR math here: only indices and counts turned into pixels.
import type { BlockCut } from '../../../domain/address-space';

/** Fewer blocks than this, each at least MIN_CELL px wide, are drawn to scale. */
const LINEAR_MAX = 64;
const MIN_CELL = 6;

export interface Scale {
  log: boolean;
  /** x of the start of item i (0 ≤ i ≤ count), from 0 to width. */
  at: (i: bigint) => number;
}

/** count items (blocks, or addresses) on a bar of `width` px: linearly, or at log2(1 + i) / log2(1 + count). */
export function scaleFor(count: bigint, width: number): Scale {
  if (count <= BigInt(LINEAR_MAX) && width / Number(count) >= MIN_CELL) {
    return { log: false, at: (i) => (Number(i) / Number(count)) * width };
  }
  const whole = Math.log2(1 + Number(count));
  return { log: true, at: (i) => (Math.log2(1 + Number(i)) / whole) * width };
}

/** The span of item i, at least `min` px wide and kept on the bar. */
export function span(scale: Scale, from: bigint, to: bigint, width: number, min = 3): { x: number; w: number } {
  let x = scale.at(from);
  let w = scale.at(to + 1n) - x;
  if (w < min) {
    x = Math.max(0, Math.min(width - min, x + w / 2 - min / 2));
    w = min;
  }
  return { x, w };
}

/** Log-scale ticks at the start of block 2^e (e = 0, step, 2·step, …, bits): x and the exponent. */
export function logTicks(scale: Scale, bits: number): Array<{ x: number; exponent: number }> {
  const step = Math.max(1, Math.ceil(bits / 4));
  const ticks: Array<{ x: number; exponent: number }> = [];
  for (let e = 0; e < bits; e += step) ticks.push({ x: scale.at((1n << BigInt(e)) - 1n), exponent: e });
  ticks.push({ x: scale.at((1n << BigInt(bits)) - 1n), exponent: bits });
  return ticks;
}

/** Cells the picture draws for a cut: every block when drawn to scale and few, else the listed and used ones. */
export function drawsEveryBlock(cut: BlockCut, scale: Scale): boolean {
  return !scale.log && cut.total <= BigInt(LINEAR_MAX);
}

/** A count as the picture writes it: digits with thousands separators, or 2^n for a large power of two. */
export function countText(n: bigint): string {
  if (n >= 1n << 20n && (n & (n - 1n)) === 0n) return `2^${n.toString(2).length - 1}`;
  // Grouped by plain code: /\B(?=(\d{3})+(?!\d))/ re-read the digits after each position, quadratic in their number.
  const digits = (n < 0n ? -n : n).toString();
  let grouped = '';
  for (let i = 0; i < digits.length; i++) grouped += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return n < 0n ? `-${grouped}` : grouped;
}
