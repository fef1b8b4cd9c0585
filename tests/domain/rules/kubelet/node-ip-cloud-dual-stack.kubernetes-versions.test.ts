// Kubernetes 1.23–1.37: the rules whose outcome depends on the Kubernetes minor, at both sides of each boundary.
import { explanation, findings, message, plan } from '../../../helpers';
import { describe, expect, it } from 'vitest';

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
