import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

function run(...argv: string[]) {
  let stdout = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: () => undefined });
  return { code, stdout };
}

function kubeadmFile(podSubnet: string, serviceSubnet: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'capacity-'));
  const path = join(dir, 'kubeadm.yaml');
  writeFileSync(
    path,
    [
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: InitConfiguration',
      'localAPIEndpoint:',
      '  advertiseAddress: 192.168.10.11',
      'nodeRegistration:',
      '  name: cp-1',
      '  kubeletExtraArgs:',
      '  - name: node-ip',
      '    value: 192.168.10.11,fd00:192:168:10::11',
      '---',
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: ClusterConfiguration',
      'kubernetesVersion: v1.33.0',
      'networking:',
      `  podSubnet: ${podSubnet}`,
      `  serviceSubnet: ${serviceSubnet}`,
      '',
    ].join('\n'),
  );
  return path;
}

describe('check shows node capacity per family', () => {
  it('in text, also when nothing is exceeded', () => {
    const { code, stdout } = run('check', kubeadmFile('10.244.0.0/16,fd00:10:244::/56', '10.96.0.0/16,fd00:10:96::/112'));
    expect(code).toBe(0);
    expect(stdout.split('\n')).toContain('Node capacity: IPv4 10.244.0.0/16 in /24 blocks: 256 nodes; IPv6 fd00:10:244::/56 in /64 blocks: 256 nodes. The files name 1 node.');
  });
  it('an IPv6 /64 with the default /64 mask: one node, and the warning even though the file names one node', () => {
    const { code, stdout } = run('check', '--format', 'json', kubeadmFile('10.244.0.0/16,fd00:10:244::/64', '10.96.0.0/16,fd00:10:96::/112'));
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { capacity: unknown[]; diagnostics: Array<{ rule: string; severity: string; phase: string; message: string }> };
    expect(report.capacity).toEqual([
      { family: 'ipv4', podCidr: '10.244.0.0/16', nodeMask: 24, nodeBlocks: '256', usableBlocks: '256', plannedNodes: 1 },
      { family: 'ipv6', podCidr: 'fd00:10:244::/64', nodeMask: 64, nodeBlocks: '1', usableBlocks: '1', plannedNodes: 1 },
    ]);
    expect(report.diagnostics.filter((d) => d.rule === 'controller-manager-one-node-block')).toEqual([
      expect.objectContaining({ severity: 'warning', phase: 'runtime', message: 'fd00:10:244::/64 with /64 node blocks has room for one node only' }),
    ]);
  });
  it('counts blocks the Service CIDR takes', () => {
    const { stdout } = run('check', kubeadmFile('10.0.0.0/23', '10.0.1.0/28'));
    expect(stdout.split('\n')).toContain('Node capacity: IPv4 10.0.0.0/23 in /24 blocks: 1 node (1 block taken by the Service CIDR). The files name 1 node.');
  });
});
