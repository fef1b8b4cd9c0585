// `dualstack-wizard check` on a running cluster's state: kubectl output of nodes, kubeadm-config and kube-flannel.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { nodesListJson } from '../../scripts/scale-inputs';

const FIX = 'tests/fixtures/cluster';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('check on kubectl output', () => {
  it('IPv6-first nodes and the v0.20.1 DaemonSet: the crash, at the nodes file\'s line, exit code 1', () => {
    const { code, stdout } = run('check', `${FIX}/kube-flannel-ds-v0.20.1.yaml`, `${FIX}/nodes-ipv6-first.yaml`);
    expect(code).toBe(1);
    expect(stdout).toContain(`${FIX}/nodes-ipv6-first.yaml:79: error [flannel-ipv6-first-podsubnet] IPv6 is first in the podCIDRs of cp-1, w-1 ("fd00:10:244::/64,10.244.0.0/24"): Flannel v0.20.1 crashes with "Address is not an IPv4 address"`);
    expect(stdout).toContain('Flannel v0.20.1 (from');
  });

  it('JSON: the nodes, kubeadm-config and kube-flannel-cfg of a cluster made dual-stack after w-2 joined', () => {
    const { code, stdout } = run('check', '--format', 'json', `${FIX}/nodes-dual-migrated.json`, `${FIX}/kubeadm-config-cm.yaml`, `${FIX}/kube-flannel-cfg.json`);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { files: unknown[]; diagnostics: Array<Record<string, unknown>> };
    expect(report.files).toEqual([
      { path: `${FIX}/nodes-dual-migrated.json`, kind: 'nodes', kinds: ['nodes'] },
      { path: `${FIX}/kubeadm-config-cm.yaml`, kind: 'kubeadm-config-map', kinds: ['kubeadm-config-map'] },
      { path: `${FIX}/kube-flannel-cfg.json`, kind: 'flannel-manifest', kinds: ['flannel-manifest'] },
    ]);
    const errors = report.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.line, d.message]);
    expect(errors).toEqual([
      ['cluster-node-pod-cidr-family-missing', 255, 'Node w-2 has no IPv6 podCIDR, though the cluster is dual-stack'],
      ['flannel-node-public-ipv6-missing', 176, 'w-2: no flannel.alpha.coreos.com/public-ipv6 annotation, though net-conf.json enables IPv6'],
    ]);
  });

  it('in Chinese', () => {
    const { stdout } = run('check', '--lang', 'zh-CN', `${FIX}/nodes-dual-migrated.json`, `${FIX}/kubeadm-config-cm.yaml`);
    expect(stdout).toContain('[cluster-node-pod-cidr-family-missing] 集群是双栈的，但节点 w-2 没有 IPv6 podCIDR');
  });
});

describe('check on a 5,000-node cluster (issue 18)', () => {
  it('reads its 40 MB `kubectl get nodes -o json` in one piece', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nodes-'));
    const path = join(dir, 'nodes.json');
    writeFileSync(path, nodesListJson(5000));
    try {
      const { code, stdout, stderr } = run('check', path);
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).toContain(`Files: ${path} (nodes).`);
      expect(stdout).toContain('No problems found in 1 file.');
      const plan = JSON.parse(run('plan', path).stdout) as { nodes: unknown[] };
      expect(plan.nodes).toHaveLength(5000);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
