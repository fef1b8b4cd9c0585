// Issue 18: a file's diagnostics are listed at most 20 per rule, the rest counted on the last one listed, and the
// count is said in the user's language; a 1 MB net-conf.json of unknown keys does not list 30,000 warnings.
import { describe, expect, it } from 'vitest';
import { describeDiagnostic } from '../../../src/content/describe';
import { ENGLISH } from '../../../src/content/en';
import { ZH_RULES } from '../../../src/content/zh';
import { MAX_DIAGNOSTICS_PER_RULE_AND_FILE } from '../../../src/domain/limits';
import { analyzeFiles } from '../../../src/domain/parse/files';

const netConf = (unknown: number) =>
  `{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "Type": "vxlan"${Array.from({ length: unknown }, (_, i) => `,\n    "Unknown${i}": ${i}`).join('')}\n  }\n}\n`;

describe('diagnostics per rule and file', () => {
  it('lists the first 20 unknown keys of a net-conf.json and counts the other 980 on the 20th', () => {
    const analysis = analyzeFiles([{ path: 'net-conf.json', text: netConf(1000) }]);
    const unknown = analysis.diagnostics.filter((d) => d.rule === 'flannel-unknown-key');
    expect(MAX_DIAGNOSTICS_PER_RULE_AND_FILE).toBe(20);
    expect(unknown.map((d) => d.params.key)).toEqual(Array.from({ length: 20 }, (_, i) => `Backend.Unknown${i}`));
    expect(unknown.map((d) => d.more)).toEqual([...Array<undefined>(19).fill(undefined), 980]);
    expect(unknown[19]!.location).toEqual({ file: 'net-conf.json', line: 24, path: 'Unknown19' });
  });

  it('counts each file apart and lists 20 without a count when there are exactly 20', () => {
    const analysis = analyzeFiles([
      { path: 'a/net-conf.json', text: netConf(20) },
      { path: 'b/net-conf.json', text: netConf(21) },
    ]);
    const unknown = (file: string) => analysis.diagnostics.filter((d) => d.rule === 'flannel-unknown-key' && d.location?.file === file);
    expect(unknown('a/net-conf.json')).toHaveLength(20);
    expect(unknown('a/net-conf.json').some((d) => d.more !== undefined)).toBe(false);
    expect(unknown('b/net-conf.json').map((d) => d.more).at(-1)).toBe(1);
  });

  it('says how many more in English and Chinese', () => {
    const last = analyzeFiles([{ path: 'net-conf.json', text: netConf(25) }]).diagnostics.filter((d) => d.rule === 'flannel-unknown-key').at(-1)!;
    expect(describeDiagnostic(last, ENGLISH).message).toMatch(/ \(and 5 more like this in this file, not listed\)$/);
    expect(describeDiagnostic(last, ZH_RULES).message).toMatch(/（此文件中另有 5 条同类问题未列出）$/);
    const first = analyzeFiles([{ path: 'net-conf.json', text: netConf(25) }]).diagnostics.find((d) => d.rule === 'flannel-unknown-key')!;
    expect(describeDiagnostic(first, ENGLISH).message).not.toContain('more like this');
  });
});
