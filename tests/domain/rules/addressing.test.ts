import { describe, expect, it } from 'vitest';
import { explanation, findings, message, only, plan } from '../../helpers';

describe('cluster addressing', () => {
  it('the kubeadm documentation example overlaps pods and Services, and says so', () => {
    const p = plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: '2001:db8:42::/56' }, serviceCidr: { ipv4: '10.96.0.0/16', ipv6: '2001:db8:42:1::/112' } });
    const d = only(p, 'cluster-pod-service-overlap');
    expect(message(d)).toBe('Pod CIDR 2001:db8:42::/56 overlaps Service CIDR 2001:db8:42:1::/112');
    expect(explanation(d)).toContain('The official kubeadm dual-stack example does this too');
    expect(message(only(p, 'cluster-documentation-prefix'))).toBe(
      'podSubnet 2001:db8:42::/56, serviceSubnet 2001:db8:42:1::/112 are in the documentation prefix 2001:db8::/32',
    );
  });
  it('adjacent ranges do not overlap', () => {
    expect(findings(plan({ serviceCidr: { ipv4: '10.245.0.0/16', ipv6: 'fd00:10:245::/112' } }), 'cluster-pod-service-overlap')).toEqual([]);
  });
  it('a node address inside the pod or Service range is an error', () => {
    const p = plan();
    p.nodes[0]!.ipv4 = '10.244.3.4';
    expect(only(p, 'cluster-node-ip-in-cluster-range').params).toMatchObject({ setting: 'podSubnet', cidr: '10.244.0.0/16', address: '10.244.3.4' });
  });
  it.each([
    ['127.0.0.0/16', 'loopback'],
    ['169.254.0.0/16', 'link-local'],
    ['224.0.0.0/16', 'multicast'],
    ['0.0.0.0/16', 'unspecified'],
  ])('reserved pod range %s', (cidr, kind) => {
    expect(only(plan({ stack: 'ipv4', podCidr: { ipv4: cidr, ipv6: '' } }), 'cluster-reserved-range').params.kinds).toBe(kind);
  });
  it('IPv6 reserved ranges too', () => {
    expect(only(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fe80::/56' } }), 'cluster-reserved-range').params.kinds).toBe('link-local');
    expect(only(plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'ff00::/112' } }), 'cluster-reserved-range').params.kinds).toBe('multicast');
  });
  it.each(['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'])('documentation prefix %s', (cidr) => {
    const p = plan({ stack: 'ipv4', serviceCidr: { ipv4: cidr, ipv6: '' } });
    expect(only(p, 'cluster-documentation-prefix').severity).toBe('warning');
  });
  it('documentation node addresses are named', () => {
    const p = plan();
    p.nodes[0]!.ipv6 = '2001:db8::11';
    expect(only(p, 'cluster-documentation-prefix').params.places).toBe('cp-1 2001:db8::11');
  });
  it('non-canonical CIDRs get a warning with the canonical form and a fix', () => {
    const d = only(plan({ podCidr: { ipv4: '10.244.1.0/16', ipv6: 'fd00:10:244::/56' } }), 'cluster-non-canonical-cidr');
    expect(message(d)).toBe('podSubnet entry "10.244.1.0/16" is not canonical; it means 10.244.0.0/16');
    expect(d.fixes[0]!.set).toEqual([{ field: 'podCidr.ipv4', value: '10.244.0.0/16' }]);
    expect(only(plan({ serviceCidr: { ipv4: '010.96.0.0/16', ipv6: 'fd00:10:96::/112' } }), 'cluster-non-canonical-cidr').params.reason).toBe('leading-zeros');
  });
  it('a primary family that differs across lists is explained, not forbidden', () => {
    const p = plan({ primaryFamily: 'ipv6', overrides: { podSubnetOrder: ['ipv4', 'ipv6'] } });
    const d = only(p, 'cluster-primary-family-mismatch');
    expect(d.severity).toBe('info');
    expect(message(d)).toBe('podSubnet lists IPv4 first while serviceSubnet lists IPv6 first');
    const q = plan();
    q.nodes[0]!.nodeIp = 'fd00:192:168:10::11,192.168.10.11';
    expect(message(only(q, 'cluster-primary-family-mismatch'))).toBe('node-ip of cp-1 lists IPv6 first while Services prefer IPv4');
  });
  it('a dual-stack plan needs both pod CIDRs', () => {
    expect(only(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: '' } }), 'cluster-cidr-missing').fields).toEqual(['podCidr.ipv6']);
  });
  it('dual-stack pods with single-stack Services', () => {
    const d = only(plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: '' } }), 'cluster-single-stack-services');
    expect(explanation(d)).toContain('not configured on this cluster');
  });
  it('duplicate node names and addresses', () => {
    const p = plan();
    p.nodes.push({ name: 'cp-1', role: 'worker', ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::21' });
    const [name, address] = findings(p, 'cluster-duplicate-node');
    expect([name!.params.kind, address!.params.kind]).toEqual(['name', 'address']);
    expect(message(name!)).toBe('Node name cp-1 is used twice');
    expect(explanation(name!)).toContain('`kubeadm join` on the second node stops in the kubelet-start phase');
    expect(message(address!)).toBe('Address 192.168.10.11 is used by cp-1 too');
    expect(explanation(address!)).toContain('routes both nodes\' pods to one host');
  });
  it('an IPv6 Service range wider than /112 is a note', () => {
    expect(findings(plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/112' } }), 'cluster-ipv6-service-range-beyond-112')).toEqual([]);
    expect(only(plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/108' } }), 'cluster-ipv6-service-range-beyond-112').severity).toBe('info');
  });
});
