// Every rule has a failing example that triggers it (exact id) and a fixed one that does not, both as a plan and as
// the files its page shows, checked as `dualstack-wizard check` checks them. A rule without an example fails here.
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/domain/parse/files';
import type { Plan } from '../../../src/domain/plan';
import { RULES } from '../../../src/domain/rules/catalogue';
import { runRules } from '../../../src/domain/rules/engine';
import { type ExampleFile, RULE_EXAMPLES, planExampleFiles } from '../../../src/domain/rules/examples';
import { renderWordsZh } from '../../../src/domain/render/words.zh';

/**
 * Notes about what the files say, with nothing to fix: their example has no fixed version.
 * - flannel-manifest-version: says which Flannel version the manifest's image tag gives the checks.
 * - flannel-key-not-carried: says a Backend key the tool does not model is left out of the plan.
 */
const NOTES_WITHOUT_FIX = new Set(['flannel-manifest-version', 'flannel-key-not-carried']);

/**
 * Rules about the wizard's per-family fields, which no file can show: the files hold the lists kubeadm reads, where
 * the same values are another rule's or none (an empty IPv6 pod field writes an IPv4-only podSubnet; an IPv6 CIDR in
 * the IPv4 field, a podSubnet of two IPv6 CIDRs: kubeadm-subnet-count). Their examples show no files.
 */
const FIELD_ONLY = new Set(['cluster-cidr-missing', 'cluster-field-family']);

const ids = (diagnostics: Array<{ rule: string }>): string[] => diagnostics.map((d) => d.rule);

function checkPlanFiles(plan: Plan, files: ExampleFile[]): string[] {
  return ids(analyzeFiles(files, { kubernetesVersion: plan.kubernetesVersion, flannelVersion: plan.flannelVersion }).diagnostics);
}

describe('rule examples', () => {
  it('every rule has an example, and every example a rule', () => {
    expect(RULES.map((r) => r.id).filter((id) => !RULE_EXAMPLES[id])).toEqual([]);
    expect(Object.keys(RULE_EXAMPLES).filter((id) => !RULES.some((r) => r.id === id))).toEqual([]);
  });

  it('only the notes lack a fixed version, and only the field rules lack files', () => {
    const withoutFix = Object.entries(RULE_EXAMPLES).filter(([, e]) => e.kind === 'files' && e.fixed === null).map(([id]) => id);
    expect(withoutFix.sort()).toEqual([...NOTES_WITHOUT_FIX].sort());
    const withoutFiles = Object.entries(RULE_EXAMPLES).filter(([, e]) => e.kind === 'plan' && e.files.length === 0).map(([id]) => id);
    expect(withoutFiles.sort()).toEqual([...FIELD_ONLY].sort());
  });

  for (const rule of RULES) {
    const example = RULE_EXAMPLES[rule.id];
    if (!example) continue;
    if (example.kind === 'plan') {
      it(`${rule.id}: the failing plan and its files trigger it, the fixed ones do not`, () => {
        expect(ids(runRules(example.failing))).toContain(rule.id);
        expect(ids(runRules(example.fixed))).not.toContain(rule.id);
        if (FIELD_ONLY.has(rule.id)) return;
        const failingFiles = checkPlanFiles(example.failing, planExampleFiles(example.failing, example.files));
        expect(failingFiles).toContain(rule.id);
        expect(checkPlanFiles(example.fixed, planExampleFiles(example.fixed, example.files))).not.toContain(rule.id);
        // The Chinese page shows the same files with Chinese comments: they say the same to `check`.
        expect(checkPlanFiles(example.failing, planExampleFiles(example.failing, example.files, renderWordsZh))).toEqual(failingFiles);
      });
    } else {
      it(`${rule.id}: the failing files trigger it${example.fixed ? ', the fixed ones do not' : ''}`, () => {
        const options = { ...(example.versions?.kubernetes ? { kubernetesVersion: example.versions.kubernetes } : {}), ...(example.versions?.flannel ? { flannelVersion: example.versions.flannel } : {}) };
        expect(ids(analyzeFiles([...example.failing], options).diagnostics)).toContain(rule.id);
        if (example.fixed) expect(ids(analyzeFiles([...example.fixed], options).diagnostics)).not.toContain(rule.id);
      });
    }
  }
});
