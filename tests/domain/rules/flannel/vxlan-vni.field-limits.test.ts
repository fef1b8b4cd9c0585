// Issue 17, point 3: every field checked at the field, at its limits, in both languages, and what the files then carry.
import { renderAll } from '../../../../src/domain/render/files';
import { explanation, findings, message, plan } from '../../../helpers';
import { params, v4only, vxlan, zh } from '../field-limits.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-vxlan-vni: 24 bits, and a device name Linux takes', () => {
  const id = 'flannel-vxlan-vni';
  it('IPv4 alone: flannel.<VNI> fits in 15 bytes up to 9999999; over 24 bits Linux refuses the VNI itself', () => {
    expect(params(vxlan({ vni: 0 }, v4only), id)).toEqual([]);
    expect(params(vxlan({ vni: 9999999 }, v4only), id)).toEqual([]);
    expect(params(vxlan({ vni: 10000000 }, v4only), id)).toEqual([{ value: '10000000', hint: 'name-too-long', device: 'flannel.10000000', max: 9999999 }]);
    expect(params(vxlan({ vni: 16777215 }, v4only), id)).toEqual([{ value: '16777215', hint: 'name-too-long', device: 'flannel.16777215', max: 9999999 }]);
    expect(params(vxlan({ vni: 16777216 }, v4only), id)).toEqual([{ value: '16777216', hint: 'range', max: 16777215 }]);
    expect(params(vxlan({ vni: 99999999 }, v4only), id)).toEqual([{ value: '99999999', hint: 'range', max: 16777215 }]);
    expect(params(vxlan({ vni: -1 }, v4only), id)).toEqual([{ value: '-1', hint: 'range', max: 16777215 }]);
    expect(params(vxlan({ vni: 1.5 }, v4only), id)).toEqual([{ value: '1.5', hint: 'not-integer' }]);
  });
  it('with IPv6 on, flannel-v6.<VNI> allows 4 digits', () => {
    expect(params(vxlan({ vni: 9999 }), id)).toEqual([]);
    expect(params(vxlan({ vni: 10000 }), id)).toEqual([{ value: '10000', hint: 'name-too-long', device: 'flannel-v6.10000', max: 9999 }]);
  });
  it('is an error at the VNI field, only for vxlan', () => {
    const d = findings(vxlan({ vni: 16777216 }), id)[0]!;
    expect([d.severity, d.component, d.phase, d.fields]).toEqual(['error', 'flannel', 'runtime', ['flannel.backend.vni']]);
    expect(findings(plan({ flannel: { backend: { type: 'host-gw', vni: 16777216 } } }), id)).toEqual([]);
  });
  it('in English and Chinese', () => {
    const d = findings(vxlan({ vni: 99999999 }), id)[0]!;
    expect(message(d)).toBe('VXLAN VNI 99999999 does not fit in 24 bits (0 to 16777215)');
    expect(explanation(d)).toContain('"VXLAN ID must be lower than 16777216"');
    expect(zh(d).message).toBe('VXLAN VNI 99999999 超出 24 位（0 到 16777215）');
    expect(zh(findings(vxlan({ vni: 10000 }), id)[0]!).message).toBe('VXLAN VNI 10000 使设备名 flannel-v6.10000 超过 Linux 允许的长度');
  });
  it('net-conf.json carries the VNI as typed, so kube-flannel refuses it rather than using another', () => {
    const netConf = JSON.parse(renderAll(vxlan({ vni: 99999999 })).find((f) => f.name === 'net-conf.json')!.content);
    expect(netConf.Backend).toEqual({ Type: 'vxlan', VNI: 99999999 });
  });
});
