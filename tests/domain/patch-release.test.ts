// Issue 17: a patch release is kept. An imported `kubernetesVersion: v1.33.1` stays 1.33.1 in the plan and the link,
// and the files write v1.33.1; a minor alone is written as its .0 release, as before.
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/domain/parse/files';
import { decodePlan, encodePlan } from '../../src/domain/permalink';
import { defaultPlan } from '../../src/domain/plan';
import { mergeImport } from '../../src/domain/plan-import';
import { renderFile } from '../../src/domain/render/files';
import { plan } from '../helpers';

const clusterConfiguration = (version: string) =>
  `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: ${version}\nnetworking:\n  podSubnet: 10.244.0.0/16,fd00:10:244::/56\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\n`;

/** The kubernetesVersion the wizard's kubeadm-config.yaml writes for a plan. */
function writtenVersion(p: ReturnType<typeof defaultPlan>): unknown {
  const docs = loadAll(renderFile(p, 'kubeadm-config.yaml')!.content) as Array<Record<string, unknown>>;
  return docs.find((doc) => doc.kind === 'ClusterConfiguration')!.kubernetesVersion;
}

describe('a patch release is kept from import to file', () => {
  it.each([
    ['v1.33.1', '1.33.1', 'v1.33.1'],
    ['1.33.1', '1.33.1', 'v1.33.1'],
    ['v1.30.2', '1.30.2', 'v1.30.2'],
    ['v1.34.0-rc.1', '1.34.0-rc.1', 'v1.34.0-rc.1'],
    ['v1.33', '1.33', 'v1.33.0'],
    // The .0 release is the minor: both write v1.33.0, so the wizard's own files read back to the plan they came from.
    ['v1.33.0', '1.33', 'v1.33.0'],
  ])('kubernetesVersion %s is imported as %s and written as %s', (version, held, written) => {
    const merged = mergeImport(defaultPlan(), analyzeFiles([{ path: 'kubeadm-config.yaml', text: clusterConfiguration(version) }]));
    expect(merged.plan.kubernetesVersion).toBe(held);
    expect(merged.changes.find((c) => c.field === 'kubernetesVersion')?.after).toBe(held);
    expect(writtenVersion(merged.plan)).toBe(written);
  });

  it('the rules still read the minor of a patch release', () => {
    const analysis = analyzeFiles([{ path: 'kubeadm-config.yaml', text: clusterConfiguration('v1.22.3') }]);
    expect(analysis.plan.kubernetesVersion).toBe('1.22.3');
    expect(analysis.diagnostics.filter((d) => d.rule === 'kubernetes-version-unknown').map((d) => [d.params.assumed, d.params.reason])).toEqual([['1.22', 'out-of-range']]);
  });

  it('the CLI flag --kubernetes-version v1.33.2 is kept too', () => {
    expect(analyzeFiles([{ path: 'kubeadm-config.yaml', text: clusterConfiguration('v1.30.0') }], { kubernetesVersion: 'v1.33.2' }).plan.kubernetesVersion).toBe('1.33.2');
  });
});

describe('a patch release in the link', () => {
  it('is written as kr and read back', () => {
    const p = plan({ kubernetesVersion: '1.33.1' });
    expect(encodePlan(p)).toBe('v=1&kr=1.33.1');
    expect(decodePlan('#v=1&kr=1.33.1')).toEqual({ plan: p, dropped: [] });
    expect(decodePlan(`#${encodePlan(plan({ kubernetesVersion: '1.37.4' }))}`).plan.kubernetesVersion).toBe('1.37.4');
    expect(decodePlan(`#${encodePlan(plan({ kubernetesVersion: '1.34.0-rc.1' }))}`).plan.kubernetesVersion).toBe('1.34.0-rc.1');
    // A typed .0 release is the minor.
    expect(decodePlan(`#${encodePlan(plan({ kubernetesVersion: '1.30.0' }))}`)).toEqual({ plan: plan({ kubernetesVersion: '1.30' }), dropped: [] });
  });

  it('a minor stays in k, as links of format 1 always wrote it', () => {
    expect(encodePlan(plan({ kubernetesVersion: '1.30' }))).toBe('v=1&k=1.30');
    expect(decodePlan('#v=1&k=v1.30.2').plan.kubernetesVersion).toBe('1.30');
  });

  it('kr that names no patch release is dropped and listed; the rest of the link opens', () => {
    expect(decodePlan('#v=1&kr=1.33&s=64')).toEqual({ plan: plan({ primaryFamily: 'ipv6' }), dropped: [{ key: 'kr', value: '1.33', reason: 'invalid' }] });
    expect(decodePlan('#v=1&kr=1.33.0').dropped).toEqual([{ key: 'kr', value: '1.33.0', reason: 'invalid' }]);
    expect(decodePlan('#v=1&kr=banana').dropped).toEqual([{ key: 'kr', value: 'banana', reason: 'invalid' }]);
  });
});

