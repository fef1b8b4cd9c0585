// Every explanation the renderers return points at the line that holds what it explains.
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../../src/domain/render/files';
import { renderConfigMap } from '../../../src/domain/render/flannel';
import { plan } from '../../helpers';
import { GOLDEN_CASES } from './cases';

// net-conf.json's notes sit on a JSON key: JSON, and the JSON inside a YAML block scalar, cannot hold comments.
const NET_CONF_KEY: Record<string, string> = { 'net-conf-dual-stack': '"IPv6Network"', 'net-conf-ipv6-only': '"EnableIPv4"', 'net-conf-backend': '"Backend"' };

describe.each(Object.entries(GOLDEN_CASES))('annotations of %s', (_name, casePlan) => {
  it.each(renderAll(casePlan).filter((f) => f.name !== 'NEXT-STEPS.md').map((f) => [f.name, f] as const))('%s: each line holds its key, under its comment', (_file, file) => {
    const lines = file.content.split('\n');
    for (const note of file.annotations) {
      const line = lines[note.line - 1] ?? '';
      const lastCommentLine = `# ${note.text.split('\n').pop()!}`.trimEnd();
      const commented = (lines[note.line - 2] ?? '').trim() === lastCommentLine;
      if (commented) expect(line, `${file.name}:${note.line} ${note.topic}`).toMatch(/^\s*(- )?[^\s#][^:]*:/);
      else expect(line, `${file.name}:${note.line} ${note.topic}`).toContain(NET_CONF_KEY[note.topic] ?? '(a comment above)');
    }
  });
});

describe('kube-flannel-cfg.yaml', () => {
  it('puts the net-conf notes on the keys inside the ConfigMap, below the comment on net-conf.json', () => {
    const file = renderConfigMap(plan({ stack: 'dual' }));
    const lines = file.content.split('\n');
    const at = (topic: string) => lines[file.annotations.find((a) => a.topic === topic)!.line - 1];
    expect(at('net-conf-apply')).toBe('  net-conf.json: |');
    expect(lines[file.annotations.find((a) => a.topic === 'net-conf-apply')!.line - 2]).toMatch(/^ {2}# Apply after kube-flannel\.yml/);
    expect(at('net-conf-dual-stack')).toBe('      "IPv6Network": "fd00:10:244::/56",');
    expect(at('net-conf-backend')).toBe('      "Backend": {');
    expect(file.annotations.map((a) => a.topic)).toEqual(['flannel-namespace', 'net-conf-apply', 'net-conf-dual-stack', 'net-conf-backend']);
  });

  it('IPv6-only: the EnableIPv4 note is on the EnableIPv4 line', () => {
    const file = renderConfigMap(plan({ stack: 'ipv6', primaryFamily: 'ipv6' }));
    const note = file.annotations.find((a) => a.topic === 'net-conf-ipv6-only')!;
    expect(file.content.split('\n')[note.line - 1]).toBe('      "EnableIPv4": false,');
  });
});
