// The address-space picture's words: the accessible name reads as issue 12 asks, and the Chinese words hold no English
// word (values, CIDRs and identifiers stay verbatim).
import { describe, expect, it } from 'vitest';
import { uiPictureEn } from '../../src/content/ui-picture.en';
import { uiPictureZh } from '../../src/content/ui-picture.zh';
import { notChinese } from '../chinese-text';

const texts = (value: unknown, path: string, args: unknown[]): Array<[string, string]> => {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (...a: unknown[]) => unknown)(...args))]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`, args));
  return [];
};
const keys = (value: unknown): string[] =>
  typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v).map((sub) => `${k}.${sub}`)]) : [];

describe('the picture words', () => {
  it('name the picture by its CIDR and capacity', () => {
    expect(uiPictureEn.name('IPv4', '10.50.0.0/16', '256', 24, 3)).toBe('IPv4 pod CIDR 10.50.0.0/16: 256 node blocks of /24, 3 used');
    expect(uiPictureEn.name('IPv6', 'fd00::/64', '1', 64, 1)).toBe('IPv6 pod CIDR fd00::/64: 1 node block of /64, 1 used');
    expect(uiPictureZh.name('IPv4', '10.50.0.0/16', '256', 24, 3)).toBe('IPv4 Pod CIDR 10.50.0.0/16：256 个 /24 节点网段，已用 3 个');
  });

  it('say how many nodes get no block when the range is short', () => {
    expect(uiPictureEn.capacityShort(3, '1')).toBe('3 planned nodes, 1 block: 2 get no podCIDR');
    expect(uiPictureZh.capacityShort(3, '1')).toBe('规划了 3 个节点，只有 1 个网段：2 个节点得不到 podCIDR');
  });

  it('Chinese has the same keys as English and no English word, with the values the page passes', () => {
    expect(keys(uiPictureZh)).toEqual(keys(uiPictureEn));
    for (const args of [['IPv6', 'fd00:10:244::/56', '2^16', 80, 3], ['IPv4', '10.244.0.0/16', '256', 24, 1]]) {
      const failures = texts(uiPictureZh, 'zh', args).flatMap(([path, text]) => {
        const why = notChinese(text, { needsCjk: false });
        return why ? [`${path}: ${why}`] : [];
      });
      expect(failures).toEqual([]);
    }
  });
});
