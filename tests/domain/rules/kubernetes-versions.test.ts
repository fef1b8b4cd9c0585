// Kubernetes 1.23–1.37: the rules whose outcome depends on the Kubernetes minor, at both sides of each boundary.
import { KUBERNETES_OPTIONS } from '../../../src/app/shared/version-options';
import { analyzeFiles } from '../../../src/domain/parse/files';
import { decodePlan } from '../../../src/domain/permalink';
import { renderAll } from '../../../src/domain/render/files';
import { CLEAN_INFOS, explanation, only, plan, ruleIds } from '../../helpers';
import { V1BETA2 } from './kubernetes-versions.helpers';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

describe('every known minor', () => {
  const minors = Array.from({ length: 15 }, (_, i) => `1.${23 + i}`);
  it('the wizard lists 1.37 down to 1.23', () => {
    expect(KUBERNETES_OPTIONS.map((o) => o.value)).toEqual([...minors].reverse());
  });
  it('a permalink opens 1.23, and keeps 1.22 for the unknown-version note', () => {
    expect(decodePlan('#v=1&k=1.23')).toMatchObject({ plan: { kubernetesVersion: '1.23' }, dropped: [] });
    const older = decodePlan('#v=1&k=1.22');
    expect([older.plan.kubernetesVersion, older.dropped]).toEqual(['1.22', []]);
    expect(ruleIds(older.plan)).toContain('kubernetes-version-unknown');
  });
  it.each(minors)('the default dual-stack plan on %s is clean', (version) => {
    expect(ruleIds(plan({ kubernetesVersion: version }))).toEqual(CLEAN_INFOS);
  });
  it.each([
    ['1.23', 'kubeadm.k8s.io/v1beta3'],
    ['1.26', 'kubeadm.k8s.io/v1beta3'],
    ['1.30', 'kubeadm.k8s.io/v1beta3'],
    ['1.31', 'kubeadm.k8s.io/v1beta4'],
  ])('generated files for %s use %s, and check finds no error or warning in them', (version, expected) => {
    const p = plan({ kubernetesVersion: version });
    const files = renderAll(p);
    const kubeadm = files.find((f) => f.name === 'kubeadm-config.yaml')!;
    const docs = kubeadm.content.split(/^---$/m).map((text) => load(text) as { apiVersion: string; kind: string; kubernetesVersion?: string });
    expect(docs.filter((d) => d.apiVersion.startsWith('kubeadm.k8s.io/')).map((d) => d.apiVersion)).toEqual([expected, expected]);
    expect(docs.find((d) => d.kind === 'ClusterConfiguration')!.kubernetesVersion).toBe(`v${version}.0`);
    const inputs = files.filter((f) => ['kubeadm-config.yaml', 'net-conf.json'].includes(f.name) || f.name.startsWith('join-')).map((f) => ({ path: f.name, text: f.content }));
    const back = analyzeFiles(inputs, { flannelVersion: p.flannelVersion });
    expect(back.kubernetesVersion).toMatchObject({ value: version, source: 'file' });
    expect(back.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule)).toEqual([]);
  });
});

describe('a kubeadm v1beta2 file', () => {
  const file = (extraArgs: string) => `apiVersion: kubeadm.k8s.io/v1beta2
kind: ClusterConfiguration
kubernetesVersion: v1.25.4
networking:
  podSubnet: 10.244.0.0/16,fd00:10:244::/56
  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112
controllerManager:
  extraArgs:
${extraArgs}
`;
  it('is read like v1beta3: extraArgs are a map, and the apiVersion is deprecated on 1.25', () => {
    const back = analyzeFiles([{ path: 'kubeadm.yaml', text: file('    node-cidr-mask-size-ipv6: "64"') }]);
    expect(back.kubernetesVersion).toMatchObject({ value: '1.25.4', source: 'file' });
    const d = back.diagnostics.find((x) => x.rule === 'kubeadm-api-version')!;
    expect([d.severity, d.params.status, d.params.kubernetes, d.location?.file, d.location?.line]).toEqual(['warning', 'deprecated', '1.25', 'kubeadm.yaml', 3]);
    expect(back.diagnostics.filter((x) => x.rule === 'kubeadm-extra-args-shape')).toEqual([]);
  });
  it('a v1beta4-style list of extraArgs is a shape error', () => {
    const back = analyzeFiles([{ path: 'kubeadm.yaml', text: file('    - name: node-cidr-mask-size-ipv6\n      value: "64"') }]);
    const d = back.diagnostics.find((x) => x.rule === 'kubeadm-extra-args-shape')!;
    expect(d.params).toEqual({ field: 'ClusterConfiguration.controllerManager.extraArgs', found: 'list', expected: 'map', apiVersion: V1BETA2 });
  });
});

describe('kubelet --node-ip errors before and after 1.27 (PR #116305 moved the parsing)', () => {
  const withNodeIp = (kubernetesVersion: string, nodeIp: string) => {
    const p = plan({ kubernetesVersion });
    p.nodes[0]!.nodeIp = nodeIp;
    return p;
  };
  it('two IPv4 addresses', () => {
    const old = only(withNodeIp('1.26', '10.0.0.1,10.0.0.2'), 'kubelet-node-ip-count');
    expect(old.params).toEqual({ node: 'cp-1', value: '10.0.0.1,10.0.0.2', parser: 'legacy' });
    expect(explanation(old)).toContain(`kubelet exits with 'bad --node-ip "10.0.0.1,10.0.0.2"; must contain either a single IP or a dual-stack pair of IPs'`);
    const current = only(withNodeIp('1.27', '10.0.0.1,10.0.0.2'), 'kubelet-node-ip-count');
    expect(current.params).toEqual({ node: 'cp-1', value: '10.0.0.1,10.0.0.2' });
    expect(explanation(current)).toContain(`kubelet exits with 'bad --node-ip "10.0.0.1,10.0.0.2": must contain either a single IP or a dual-stack pair of IPs'`);
  });
  it('a pair with ::', () => {
    expect(explanation(only(withNodeIp('1.23', '10.0.0.1,::'), 'kubelet-node-ip-unspecified-pair'))).toContain(
      `kubelet exits with 'dual-stack --node-ip "10.0.0.1,::" cannot include '0.0.0.0' or '::''`,
    );
    expect(explanation(only(withNodeIp('1.27', '10.0.0.1,::'), 'kubelet-node-ip-unspecified-pair'))).toContain(
      `kubelet exits with 'bad --node-ip "10.0.0.1,::": dual-stack node IP cannot include '0.0.0.0' or '::''`,
    );
  });
  it('an entry that does not parse', () => {
    const old = only(withNodeIp('1.26', '10.0.0.1,nope'), 'kubelet-node-ip-unparsable');
    expect(old.params).toEqual({ node: 'cp-1', value: '10.0.0.1,nope', ignored: 'nope', parser: 'legacy' });
    expect(explanation(old)).toContain('kubelet logs "Could not parse --node-ip ignoring"');
    expect(only(withNodeIp('1.27', '10.0.0.1,nope'), 'kubelet-node-ip-unparsable').params).toEqual({ node: 'cp-1', value: '10.0.0.1,nope', ignored: 'nope' });
  });
});
