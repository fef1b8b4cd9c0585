// Kubernetes 1.23–1.37: the rules whose outcome depends on the Kubernetes minor, at both sides of each boundary.
import { load } from 'js-yaml';
import { renderNextSteps } from '../../../src/domain/render/next-steps';
import { describe, expect, it } from 'vitest';
import { KUBERNETES_OPTIONS } from '../../../src/app/shared/version-options';
import { analyzeFiles } from '../../../src/domain/parse/files';
import { decodePlan } from '../../../src/domain/permalink';
import { renderAll } from '../../../src/domain/render/files';
import { CLEAN_INFOS, explanation, findings, message, only, plan, ruleIds } from '../../helpers';

const V1BETA2 = 'kubeadm.k8s.io/v1beta2';
const V1BETA3 = 'kubeadm.k8s.io/v1beta3';
const V1BETA4 = 'kubeadm.k8s.io/v1beta4';

const apiVersion = (kubernetesVersion: string, kubeadmApiVersion: string) =>
  findings(plan({ kubernetesVersion, overrides: { kubeadmApiVersion } }), 'kubeadm-api-version');

describe('kubeadm-api-version on 1.23–1.30', () => {
  it('v1beta2 is deprecated on 1.23 and 1.26, and names the kubeadm that refuses it', () => {
    for (const version of ['1.23', '1.26']) {
      const [d, ...rest] = apiVersion(version, V1BETA2);
      expect(rest).toEqual([]);
      expect(d!.severity).toBe('warning');
      expect(d!.params).toEqual({ apiVersion: V1BETA2, status: 'deprecated', kubernetes: version, preferred: V1BETA3 });
      expect(message(d!)).toBe(`kubeadm.k8s.io/v1beta2 is deprecated in kubeadm ${version}`);
      expect(explanation(d!)).toContain(
        'kubeadm warns "your configuration file uses a deprecated API spec" and still works; kubeadm 1.27 and later refuse it, and the kubeadm binary may be one minor newer than the cluster.',
      );
    }
  });
  it('v1beta2 is refused from 1.27', () => {
    const [d] = apiVersion('1.27', V1BETA2);
    expect(d!.severity).toBe('error');
    expect(d!.params).toEqual({ apiVersion: V1BETA2, status: 'removed', kubernetes: '1.27', preferred: V1BETA3 });
    expect(message(d!)).toBe('kubeadm.k8s.io/v1beta2 is no longer accepted by kubeadm 1.27');
    expect(explanation(d!)).toContain('`kubeadm init` stops with "your configuration file uses an old API spec: "kubeadm.k8s.io/v1beta2"". kubeadm refuses it from 1.27 on.');
    expect(apiVersion('1.37', V1BETA2).map((x) => x.params.status)).toEqual(['removed']);
  });
  it('v1beta3 is accepted from 1.23 to 1.30', () => {
    for (const version of ['1.23', '1.26', '1.27', '1.30']) expect(apiVersion(version, V1BETA3)).toEqual([]);
  });
  it('v1beta4 is unknown up to 1.27, experimental on 1.28–1.30, accepted from 1.31', () => {
    const status = (version: string) => apiVersion(version, V1BETA4).map((d) => [d.severity, d.params.status, d.params.preferred]);
    expect(status('1.23')).toEqual([['error', 'unknown', V1BETA3]]);
    expect(status('1.27')).toEqual([['error', 'unknown', V1BETA3]]);
    expect(message(apiVersion('1.27', V1BETA4)[0]!)).toBe('kubeadm.k8s.io/v1beta4 is not known to kubeadm 1.27');
    expect(status('1.28')).toEqual([['error', 'experimental', V1BETA3]]);
    expect(status('1.30')).toEqual([['error', 'experimental', V1BETA3]]);
    expect(status('1.31')).toEqual([]);
  });
  it('v1beta3 names 1.36 as the kubeadm that refuses it', () => {
    const d = apiVersion('1.35', V1BETA3)[0]!;
    expect(d.params).toMatchObject({ status: 'deprecated' });
    expect(explanation(d)).toContain('kubeadm 1.36 and later refuse it');
    expect(explanation(apiVersion('1.36', V1BETA3)[0]!)).toContain('kubeadm refuses it from 1.36 on.');
  });
  it('v1beta1 is refused on every known version', () => {
    const [d] = apiVersion('1.23', 'kubeadm.k8s.io/v1beta1');
    expect([d!.severity, d!.params.status]).toEqual(['error', 'removed']);
    expect(explanation(d!)).toContain('kubeadm refuses it from 1.22 on.');
  });
});

describe('apiserver-advertise-family before and after 1.24', () => {
  const ipv4Advertise = (kubernetesVersion: string) => plan({ kubernetesVersion, primaryFamily: 'ipv6', advertiseAddress: '192.168.10.11' });
  it('1.23 has no such check: a warning that the kubernetes Service likely stays unreachable', () => {
    const d = only(ipv4Advertise('1.23'), 'apiserver-advertise-family');
    expect(d.severity).toBe('warning');
    expect(d.params).toEqual({ serviceCidr: 'fd00:10:96::/112', family: 'IPv6', address: '192.168.10.11', mode: 'explicit', outcome: 'unchecked', kubernetes: '1.23' });
    expect(message(d)).toBe('advertiseAddress 192.168.10.11 is not IPv6, the family of the first serviceSubnet entry fd00:10:96::/112');
    expect(explanation(d)).toContain('kube-apiserver 1.23 does not compare --advertise-address with the first --service-cluster-ip-range entry (that check came in 1.24)');
    expect(explanation(d)).toContain('will likely fail to connect');
    expect(explanation(d)).not.toContain('must match public address family');
  });
  it('1.24 refuses to start', () => {
    const d = only(ipv4Advertise('1.24'), 'apiserver-advertise-family');
    expect(d.severity).toBe('error');
    expect(d.params).toEqual({ serviceCidr: 'fd00:10:96::/112', family: 'IPv6', address: '192.168.10.11', mode: 'explicit' });
    expect(explanation(d)).toContain('kube-apiserver refuses to start with "service IP family "fd00:10:96::/112" must match public address family "<advertise address>""');
  });
  it('auto-detection on an IPv6-first dual-stack cluster: a warning on 1.23, an error on 1.24', () => {
    const auto = (kubernetesVersion: string) =>
      only(plan({ kubernetesVersion, primaryFamily: 'ipv6', overrides: { advertiseAddressAutoDetect: true } }), 'apiserver-advertise-family');
    expect([auto('1.23').severity, auto('1.23').params.mode, auto('1.23').params.outcome]).toEqual(['warning', 'auto', 'unchecked']);
    expect([auto('1.24').severity, auto('1.24').params.outcome]).toEqual(['error', undefined]);
  });
});

describe('kubelet-node-ip-cloud-dual-stack on 1.23–1.29', () => {
  const cloud = (kubernetesVersion: string) => findings(plan({ kubernetesVersion, overrides: { cloudProvider: 'external' } }), 'kubelet-node-ip-cloud-dual-stack');
  it('1.23 and 1.26: no gate exists, kubelet refuses a dual-stack node-ip with any cloud provider', () => {
    for (const version of ['1.23', '1.26']) {
      const [d, ...rest] = cloud(version);
      expect(rest).toEqual([]);
      expect(d!.severity).toBe('error');
      expect(d!.params).toEqual({ node: 'cp-1', value: '192.168.10.11,fd00:192:168:10::11', kubernetes: version, parser: 'legacy' });
      expect(message(d!)).toBe(`A dual-stack node-ip on cp-1 with --cloud-provider=external fails on Kubernetes ${version}`);
      expect(explanation(d!)).toContain(`kubelet exits with 'dual-stack --node-ip "192.168.10.11,fd00:192:168:10::11" not supported when using a cloud provider'`);
      expect(d!.fixes.map((f) => f.set)).toEqual([[{ field: 'kubernetesVersion', value: '1.29' }]]);
    }
  });
  it('1.27 and 1.28: the CloudDualStackNodeIPs gate exists but is off', () => {
    for (const version of ['1.27', '1.28']) {
      const [d] = cloud(version);
      expect(d!.params).toEqual({ node: 'cp-1', value: '192.168.10.11,fd00:192:168:10::11', kubernetes: version });
      expect(explanation(d!)).toContain(`kubelet exits with 'bad --node-ip "192.168.10.11,fd00:192:168:10::11": dual-stack not supported in this configuration'`);
    }
  });
  it('1.29: the gate is on', () => {
    expect(cloud('1.29')).toEqual([]);
  });
});

describe('kubeadm-preflight-ipv4-forward (IPv6-only before 1.27)', () => {
  const ipv6Only = (kubernetesVersion: string) => plan({ kubernetesVersion, stack: 'ipv6', primaryFamily: 'ipv6' });
  it('1.23 and 1.26 check net.ipv4.ip_forward on an IPv6-only node', () => {
    for (const version of ['1.23', '1.26']) {
      const d = only(ipv6Only(version), 'kubeadm-preflight-ipv4-forward');
      expect([d.severity, d.component, d.params]).toEqual(['warning', 'kubeadm', { kubernetes: version }]);
      expect(message(d)).toBe(`kubeadm ${version} checks IPv4 forwarding even on an IPv6-only cluster`);
      expect(explanation(d)).toContain('[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1');
    }
  });
  it('NEXT-STEPS.md sets net.ipv4.ip_forward on IPv6-only nodes before 1.27 only', () => {
    const sysctls = (version: string) => renderNextSteps(ipv6Only(version)).content.split('\n').filter((line) => /^net\.ipv[46]\..*forward/.test(line));
    expect(sysctls('1.26')).toEqual(['net.ipv4.ip_forward = 1', 'net.ipv6.conf.all.forwarding = 1', 'net.ipv6.conf.default.forwarding = 1']);
    expect(sysctls('1.27')).toEqual(['net.ipv6.conf.all.forwarding = 1', 'net.ipv6.conf.default.forwarding = 1']);
  });
  it('1.27 checks forwarding per family', () => {
    expect(findings(ipv6Only('1.27'), 'kubeadm-preflight-ipv4-forward')).toEqual([]);
  });
  it('IPv4-only and dual-stack plans set net.ipv4.ip_forward anyway', () => {
    expect(findings(plan({ kubernetesVersion: '1.23', stack: 'ipv4' }), 'kubeadm-preflight-ipv4-forward')).toEqual([]);
    expect(findings(plan({ kubernetesVersion: '1.23' }), 'kubeadm-preflight-ipv4-forward')).toEqual([]);
  });
});

describe('kubernetes-version-unknown', () => {
  const unknown = (kubernetesVersion: string) => findings(plan({ kubernetesVersion }), 'kubernetes-version-unknown');
  it('1.22 is below the known range: the rules apply their boundaries to 1.22', () => {
    const [d] = unknown('1.22');
    expect([d!.severity, d!.component, d!.fields]).toEqual(['warning', 'kubeadm', ['kubernetesVersion']]);
    expect(d!.params).toEqual({ value: '1.22', assumed: '1.22', reason: 'out-of-range' });
    expect(message(d!)).toBe('Kubernetes 1.22 is outside what this tool knows (1.23 to 1.37); rules use 1.22');
    expect(d!.fixes.map((f) => f.set)).toEqual([[{ field: 'kubernetesVersion', value: '1.23' }]]);
  });
  it('1.23 and 1.37 are known', () => {
    expect(unknown('1.23')).toEqual([]);
    expect(unknown('1.37')).toEqual([]);
    expect(unknown('v1.25.16')).toEqual([]);
  });
  it('1.38 is above the known range', () => {
    const [d] = unknown('1.38');
    expect(d!.params).toEqual({ value: '1.38', assumed: '1.38', reason: 'out-of-range' });
    expect(d!.fixes.map((f) => f.set)).toEqual([[{ field: 'kubernetesVersion', value: '1.37' }]]);
  });
  it('unparsable text is read as the newest known version, and the note says so', () => {
    const [d] = unknown('latest');
    expect(d!.params).toEqual({ value: 'latest', assumed: '1.37', reason: 'unparsable' });
    expect(message(d!)).toBe('Kubernetes version "latest" does not parse; rules use 1.37, the newest known');
    expect(d!.fixes.map((f) => f.set)).toEqual([[{ field: 'kubernetesVersion', value: '1.37' }]]);
  });
  it('only the kubeadm side depends on it', () => {
    expect(findings(plan({ kubernetesVersion: '1.22' }), 'kubernetes-version-unknown', ['flannel'])).toEqual([]);
  });
});

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
