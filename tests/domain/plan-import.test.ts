// A plan read from files becomes the per-family form the wizard edits.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../../src/domain/plan';
import { toWizardPlan } from '../../src/domain/plan-import';
import { plan } from '../helpers';

describe('toWizardPlan', () => {
  it('keeps the podSubnet order only when it differs from the primary family, and drops the other overrides', () => {
    const imported = plan({ overrides: { podSubnet: 'fd00:10:244::/56,10.244.0.0/16', serviceSubnet: '10.96.0.0/16', cloudProvider: 'external', kubeadmApiVersion: 'kubeadm.k8s.io/v1beta3' } });
    expect(toWizardPlan(imported).overrides).toEqual({ podSubnetOrder: ['ipv6', 'ipv4'] });
    expect(toWizardPlan(plan({ overrides: { podSubnet: '10.244.0.0/16,fd00:10:244::/56' } })).overrides).toEqual({});
    expect(toWizardPlan(plan({ primaryFamily: 'ipv6', overrides: { podSubnet: '10.244.0.0/16,fd00:10:244::/56' } })).overrides).toEqual({ podSubnetOrder: ['ipv4', 'ipv6'] });
    // Not dual, one entry, or an unreadable entry: no order to keep.
    expect(toWizardPlan(plan({ stack: 'ipv6', primaryFamily: 'ipv6', overrides: { podSubnet: 'fd00:10:244::/56,10.244.0.0/16' } })).overrides).toEqual({});
    expect(toWizardPlan(plan({ overrides: { podSubnet: 'fd00:10:244::/56' } })).overrides).toEqual({});
    expect(toWizardPlan(plan({ stack: 'ipv4', overrides: { podSubnet: 'fd00:10:244::/56,10.244.0.0/16' } })).overrides).toEqual({});
    expect(toWizardPlan(plan({ overrides: { podSubnet: 'fd00:10:244::/56,x' } })).overrides).toEqual({});
  });

  it('fills an empty node mask with the default, per family', () => {
    expect(toWizardPlan(plan({ nodeMask: { ipv4: '', ipv6: '' } })).nodeMask).toEqual({ ipv4: '24', ipv6: '64' });
    expect(toWizardPlan(plan({ nodeMask: { ipv4: '26', ipv6: '' } })).nodeMask).toEqual({ ipv4: '26', ipv6: '64' });
    expect(toWizardPlan(plan({ nodeMask: { ipv4: '', ipv6: '80' } })).nodeMask).toEqual({ ipv4: '24', ipv6: '80' });
  });

  it('node addresses come from node-ip when the node has none; the join endpoint is dropped', () => {
    const imported = plan({
      nodes: [
        { name: 'a', role: 'control-plane', ipv4: '', ipv6: '', nodeIp: ' fd00::11 , 192.168.10.11,bad', joinEndpoint: '10.0.0.1:6443' },
        { name: 'b', role: 'worker', ipv4: '192.168.10.21', ipv6: '', nodeIp: '192.168.10.99,fd00::21' },
        { name: 'c', role: 'worker', ipv4: '', ipv6: '', nodeIp: '192.168.10.31,192.168.10.32' },
        { name: 'd', role: 'worker', ipv4: '', ipv6: 'fd00::41', nodeIp: '192.168.10.41,fd00::41' },
        { name: 'e', role: 'worker', ipv4: '', ipv6: '' },
      ],
    });
    expect(toWizardPlan(imported).nodes).toEqual([
      { name: 'a', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00::11' },
      { name: 'b', role: 'worker', ipv4: '192.168.10.21', ipv6: '' },
      { name: 'c', role: 'worker', ipv4: '192.168.10.31', ipv6: '' },
      { name: 'd', role: 'worker', ipv4: '', ipv6: 'fd00::41' },
      { name: 'e', role: 'worker', ipv4: '', ipv6: '' },
    ]);
  });

  it('a plan without nodes gets the default node', () => {
    expect(toWizardPlan(plan({ nodes: [] })).nodes).toEqual(defaultPlan().nodes);
  });

  it('keeps the backend, nftables and --iface; Network and IPv6Network follow the pod CIDRs again', () => {
    const imported = plan({ flannel: { backend: { type: 'host-gw' }, enableNFTables: true, iface: 'eth1', network: '10.1.0.0/16', enableIPv6: false, subnetLen: 24 } });
    expect(toWizardPlan(imported).flannel).toEqual({ backend: { type: 'host-gw' }, enableNFTables: true, iface: 'eth1' });
  });

  it('does not change the imported plan', () => {
    const imported = plan({ nodeMask: { ipv4: '', ipv6: '' }, overrides: { podSubnet: 'fd00:10:244::/56,10.244.0.0/16' } });
    const copy = JSON.parse(JSON.stringify(imported));
    toWizardPlan(imported);
    expect(imported).toEqual(copy);
  });
});
