// Issue 17, point 3: every field checked at the field, at its limits, in both languages, and what the files then carry.
import { interfaceNameProblem } from '../../../../src/domain/rules/helpers/flannel';
import { explanation, findings, message, plan } from '../../../helpers';
import { params, zh } from '../field-limits.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-iface-invalid: an IP address, or a name Linux could give an interface', () => {
  const id = 'flannel-iface-invalid';
  const iface = (value: string) => params(plan({ flannel: { iface: value } }), id);
  it('15 bytes pass, 16 do not; bytes, not characters, count', () => {
    expect(iface('a'.repeat(15))).toEqual([]);
    expect(iface('a'.repeat(16))).toEqual([{ value: 'a'.repeat(16), hint: 'too-long', bytes: 16 }]);
    expect(iface('ä'.repeat(7))).toEqual([]);
    expect(iface('ä'.repeat(8))).toEqual([{ value: 'ä'.repeat(8), hint: 'too-long', bytes: 16 }]);
  });
  it('white space, "/", ":", "." and ".." are refused', () => {
    expect(iface('eth0 eth1')).toEqual([{ value: 'eth0 eth1', hint: 'space', bytes: 9 }]);
    expect(iface('eth0\t')).toEqual([{ value: 'eth0\t', hint: 'space', bytes: 5 }]);
    expect(iface('eth0/1')).toEqual([{ value: 'eth0/1', hint: 'slash', bytes: 6 }]);
    expect(iface('eth0:1')).toEqual([{ value: 'eth0:1', hint: 'colon', bytes: 6 }]);
    expect(iface('.')).toEqual([{ value: '.', hint: 'dot', bytes: 1 }]);
    expect(iface('..')).toEqual([{ value: '..', hint: 'dot', bytes: 2 }]);
    // The kernel's isspace() counts byte 0xA0, the second byte of "à" in UTF-8.
    expect(interfaceNameProblem('eth-à')).toEqual({ hint: 'space', bytes: 6 });
  });
  it('IP addresses, which flanneld tries first, and ordinary names pass; an empty field is the default route', () => {
    for (const value of ['', 'eth0', 'ens3', 'enp0s31f6', 'bond0.100', 'br-ex', '192.168.10.11', 'fd00:192:168:10::11', '2001:db8:ffff:ffff:ffff:ffff:255.255.255.255']) expect(iface(value), value).toEqual([]);
    // An IPv6 address with a zone is not one for Go's net.ParseIP, and ":" is no name.
    expect(iface('fe80::1%eth0')[0]).toMatchObject({ hint: 'colon' });
  });
  it('in English and Chinese, at the interface field', () => {
    const d = findings(plan({ flannel: { iface: 'eth0 eth1' } }), id)[0]!;
    expect([d.severity, d.fields]).toEqual(['error', ['flannel.iface']]);
    expect(message(d)).toBe('--iface "eth0 eth1" is neither an IP address nor a possible Linux interface name: it holds white space');
    expect(explanation(d)).toContain('"Failed to find interface to use that matches the interfaces and/or regexes provided"');
    expect(zh(d).message).toBe('--iface "eth0 eth1" 既不是 IP 地址，也不可能是 Linux 网卡名：含有空白字符');
    expect(zh(findings(plan({ flannel: { iface: 'a'.repeat(16) } }), id)[0]!).message).toContain('它有 16 个字节，超过 15 个');
  });
});
