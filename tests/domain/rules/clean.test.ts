import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/domain/rules/catalogue';
import { describeDiagnostic } from '../../../src/content/describe';
import { ENGLISH } from '../../../src/content/en';
import { RULE_SOURCES } from '../../../src/domain/rules/sources';
import { fixLabelsEn } from '../../../src/content/rules.en';
import { fixLabelsZh, ruleTextZh } from '../../../src/content/rules.zh';
import { uiEn } from '../../../src/content/ui.en';
import { uiStepsEn } from '../../../src/content/ui-steps.en';
import { uiStepsZh, uiZh } from '../../../src/content/ui.zh';
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
      expect(RULE_SOURCES[rule.id]?.length ?? 0, rule.id).toBeGreaterThan(10);
      expect(ruleTextEn[rule.id], rule.id).toBeDefined();
    }
    expect(Object.keys(ruleTextEn).sort()).toEqual([...ids].sort());
    expect(Object.keys(RULE_SOURCES).sort()).toEqual([...ids].sort());
  });

  it('every source names upstream (a file, function, PR, issue, commit, tag, RFC or KEP), never this project or its notes', () => {
    const upstream = /\.go\b|\.md\b|\.yml\b|PR #\d+|[\w-]+\/[\w.-]+#\d+|issues? #\d+|commit [0-9a-f]{7,}|\bv\d+\.\d+\.\d+\b|RFC \d+|KEP-\d+/;
    for (const [id, source] of Object.entries(RULE_SOURCES)) {
      expect(source, id).toMatch(upstream);
      expect(source, id).not.toMatch(/shared\/|reference\/|flannel\.md|kubernetes\.md|§|dualstack-wizard/);
    }
  });

  it('phases: each rule says where its outcome shows', () => {
    const phases = Object.fromEntries(RULES.map((rule) => [rule.id, rule.phase]));
    // config validate accepts these, init/join refuses them.
    expect(phases['kubeadm-advertise-address-unusable']).toBe('kubeadm-init');
    // Preflight checks run in kubeadm init/join, not in config validate.
    expect(phases['kubeadm-preflight-ipv4-forward']).toBe('kubeadm-init');
    // Warnings whose effect only shows once the cluster runs.
    expect(phases['kubeadm-control-plane-endpoint-ipv6-port']).toBe('runtime');
    expect(phases['cluster-non-canonical-cidr']).toBe('runtime');
    expect(phases['controller-manager-one-node-block']).toBe('runtime');
    for (const rule of RULES) expect(['kubeadm-validate', 'kubeadm-init', 'runtime'], rule.id).toContain(rule.phase);
  });

  it('every explanation names what reads the value, what happens, and the source', () => {
    for (const rule of RULES) {
      const text = describeDiagnostic({ rule: rule.id, severity: rule.severity, component: rule.component, phase: rule.phase, fields: [], params: {}, fixes: [] }, ENGLISH);
      expect(ruleTextEn[rule.id]!.reads({}).length, rule.id).toBeGreaterThan(20);
      expect(ruleTextEn[rule.id]!.fix({}).length, rule.id).toBeGreaterThan(5);
      expect(text.explanation, rule.id).toContain(`Source: ${RULE_SOURCES[rule.id]}`);
    }
  });
});

describe('the Chinese catalogue', () => {
  it('has words for every rule and fix, and every UI string', () => {
    expect(Object.keys(ruleTextZh).sort()).toEqual(Object.keys(ruleTextEn).sort());
    expect(Object.keys(fixLabelsZh).sort()).toEqual(Object.keys(fixLabelsEn).sort());
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v).map((x) => `${k}.${x}`) : [k]));
    expect(keys(uiZh).sort()).toEqual(keys(uiEn).sort());
    expect(keys(uiStepsZh).sort()).toEqual(keys(uiStepsEn).sort());
  });
  it('every fix label a rule uses has words in both languages', () => {
    const used = new Set<string>();
    for (const file of readdirSync('src/domain/rules', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(`src/domain/rules/${file}`, 'utf8').matchAll(/label: '([a-z0-9-]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const label of used) {
      expect(fixLabelsEn[label], label).toBeDefined();
      expect(fixLabelsZh[label], label).toBeDefined();
    }
  });
});
