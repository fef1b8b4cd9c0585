// Bytes → text as kubeadm's YAML reader takes them (go-yaml readerc.go yaml_parser_determine_encoding): one function
// for the CLI's files and the page's uploads (issue 18).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFileText } from '../../../src/domain/parse/encoding';
import { analyzeFiles } from '../../../src/domain/parse/files';

const KUBEADM = readFileSync('tests/fixtures/writeup-kubeadm.yaml', 'utf8');
const NET_CONF = readFileSync('tests/fixtures/writeup-net-conf.json', 'utf8');
const bytes = (...parts: Array<number[] | Buffer>): Uint8Array => new Uint8Array(Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p)))));
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

describe('decodeFileText', () => {
  it('UTF-16LE with a BOM (PowerShell `>`), UTF-16BE with a BOM and UTF-8 with a BOM: the text, without the mark', () => {
    expect(decodeFileText(bytes([0xff, 0xfe], Buffer.from(KUBEADM, 'utf16le')))).toBe(KUBEADM);
    expect(decodeFileText(bytes([0xfe, 0xff], utf16be(KUBEADM)))).toBe(KUBEADM);
    expect(decodeFileText(bytes([0xef, 0xbb, 0xbf], Buffer.from(NET_CONF)))).toBe(NET_CONF);
    expect(decodeFileText(bytes(Buffer.from('节点 cp-1\n')))).toBe('节点 cp-1\n');
  });

  it('without a BOM it is UTF-8, as for kubeadm: UTF-16 bytes keep their NULs, invalid bytes become U+FFFD', () => {
    expect(decodeFileText(bytes(Buffer.from('a:', 'utf16le')))).toBe('a\u0000:\u0000');
    expect(decodeFileText(bytes([0x61, 0xff, 0x62]))).toBe('a\uFFFDb');
    expect(decodeFileText(new Uint8Array())).toBe('');
  });

  it('a UTF-16 kubeadm config and a UTF-8-BOM net-conf.json read as their UTF-8 selves do; a pasted text starting with U+FEFF too', () => {
    const plain = analyzeFiles([{ path: 'k.yaml', text: KUBEADM }, { path: 'n.json', text: NET_CONF }]);
    const decoded = analyzeFiles([
      { path: 'k.yaml', text: decodeFileText(bytes([0xff, 0xfe], Buffer.from(KUBEADM, 'utf16le'))) },
      { path: 'n.json', text: decodeFileText(bytes([0xef, 0xbb, 0xbf], Buffer.from(NET_CONF))) },
    ]);
    expect(decoded).toEqual(plain);
    expect(analyzeFiles([{ path: 'k.yaml', text: KUBEADM }, { path: 'n.json', text: `\uFEFF${NET_CONF}` }])).toEqual(plain);
  });
});
