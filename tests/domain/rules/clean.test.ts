import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/domain/rules/catalogue';
import { describeDiagnostic } from '../../../src/content/describe';
import { ruleTextEn } from '../../../src/content/rules.en';
import { CLEAN_INFOS, plan, ruleIds } from '../../helpers';

describe('the default plan', () => {
  it('has no errors or warnings, only the two dual-stack notes', () => {
    expect(ruleIds(plan())).toEqual(CLEAN_INFOS);
  });
  it('IPv4-only and IPv6-only defaults are clean too', () => {
    expect(ruleIds(plan({ stack: 'ipv4' }))).toEqual(['flannel-br-netfilter']);
    expect(ruleIds(plan({ stack: 'ipv6', primaryFamily: 'ipv6' }))).toEqual(['flannel-br-netfilter']);
  });
});

describe('the catalogue', () => {
  it('has unique kebab-case ids, each with a source and words', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(rule.source.length, rule.id).toBeGreaterThan(10);
      expect(ruleTextEn[rule.id], rule.id).toBeDefined();
    }
    expect(Object.keys(ruleTextEn).sort()).toEqual([...ids].sort());
  });

  it('every explanation names what reads the value, what happens, and the source', () => {
    for (const rule of RULES) {
      const text = describeDiagnostic({ rule: rule.id, severity: rule.severity, component: rule.component, phase: rule.phase, fields: [], params: {}, fixes: [] });
      expect(ruleTextEn[rule.id]!.reads({}).length, rule.id).toBeGreaterThan(20);
      expect(ruleTextEn[rule.id]!.fix({}).length, rule.id).toBeGreaterThan(5);
      expect(text.explanation, rule.id).toContain(`Source: ${rule.source}`);
    }
  });
});
