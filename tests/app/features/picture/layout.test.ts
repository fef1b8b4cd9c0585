// Where the address-space picture places things (src/app/picture/layout.ts): to scale while blocks are few and wide
// enough to see, else on a log2 scale whose ticks sit at the start of block 2^e.
import { describe, expect, it } from 'vitest';
import { countText, logTicks, scaleFor, span } from '../../../../src/app/features/picture/layout';

describe('picture layout', () => {
  it('draws up to 64 blocks to scale when each is at least 6 px wide, else on a log scale', () => {
    expect(scaleFor(64n, 384).log).toBe(false);
    expect(scaleFor(64n, 383).log).toBe(true);
    expect(scaleFor(65n, 1000).log).toBe(true);
    const linear = scaleFor(4n, 400);
    expect([0n, 1n, 4n].map(linear.at)).toEqual([0, 100, 400]);
  });

  it('log scale: block i starts at log2(1 + i) / log2(1 + count) of the width', () => {
    const log = scaleFor(65535n, 160);
    expect(log.at(0n)).toBe(0);
    expect(log.at(1n)).toBeCloseTo(10, 3);
    expect(log.at(65535n)).toBeCloseTo(160, 6);
    expect(logTicks(log, 16).map((t) => [t.exponent, Math.round(t.x)])).toEqual([[0, 0], [4, 40], [8, 80], [12, 120], [16, 160]]);
  });

  it('keeps a tiny span visible and on the bar', () => {
    const log = scaleFor(65535n, 160);
    expect(span(log, 65534n, 65534n, 160, 3)).toEqual({ x: 157, w: 3 });
    expect(span(scaleFor(4n, 400), 1n, 2n, 400)).toEqual({ x: 100, w: 200 });
  });

  it('writes counts with separators, and large powers of two as 2^n', () => {
    expect([1n, 256n, 65536n, 1048575n, 1n << 20n, 1n << 64n, (1n << 24n) - 256n].map(countText)).toEqual(['1', '256', '65,536', '1,048,575', '2^20', '2^64', '16,776,960']);
  });
});
