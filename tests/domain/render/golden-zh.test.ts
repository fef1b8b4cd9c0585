// Chinese golden files: every golden plan's files rendered with the Chinese words (tests/golden-zh/), compared as
// text with their annotations, so no Chinese comment, explanation or NEXT-STEPS.md line changes unnoticed. The files
// are rendered inside each test (a mutation run activates its mutant only there).
// UPDATE_GOLDEN=1 npx vitest run tests/domain/render/golden-zh.test.ts rewrites them after a deliberate change.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../../src/domain/render/files';
import { renderWordsZh } from '../../../src/domain/render/words.zh';
import { GOLDEN_CASES } from './cases';
import { annotationLines } from './golden-helpers';

const ROOT = 'tests/golden-zh';
const render = (name: string) => renderAll(GOLDEN_CASES[name]!, undefined, { words: renderWordsZh });

if (process.env.UPDATE_GOLDEN) {
  for (const name of Object.keys(GOLDEN_CASES)) {
    const dir = join(ROOT, name);
    mkdirSync(dir, { recursive: true });
    const files = render(name);
    for (const file of files) writeFileSync(join(dir, file.name), file.content);
    writeFileSync(join(ROOT, `${name}.annotations.txt`), `${files.map((f) => `== ${f.name}\n${annotationLines(f.annotations)}`).join('\n')}\n`);
  }
}

describe.each(Object.keys(GOLDEN_CASES))('Chinese golden: %s', (name) => {
  it('renders the same files, with the same text', () => {
    const dir = join(ROOT, name);
    expect(existsSync(dir), `missing ${dir}; run with UPDATE_GOLDEN=1`).toBe(true);
    const files = render(name);
    expect(files.map((f) => f.name).sort()).toEqual(readdirSync(dir).sort());
    for (const file of files) expect(file.content, `${dir}/${file.name}`).toBe(readFileSync(join(dir, file.name), 'utf8'));
  });

  it('has the same explanations beside the same lines', () => {
    const files = render(name);
    const text = `${files.map((f) => `== ${f.name}\n${annotationLines(f.annotations)}`).join('\n')}\n`;
    expect(text).toBe(readFileSync(join(ROOT, `${name}.annotations.txt`), 'utf8'));
  });
});

describe('Chinese words outside the golden plans', () => {
  it('the net-conf.json backend note names udp when there is no Backend key', () => {
    expect(renderWordsZh.netConfBackend(null)).toBe('后端 udp（没有 Backend 键）：只有 vxlan、host-gw 和 wireguard 能承载 IPv6。');
    expect(renderWordsZh.netConfBackend('vxlan')).toBe('后端 vxlan：只有 vxlan、host-gw 和 wireguard 能承载 IPv6。');
  });

  it('the init step without a node name', () => {
    expect(renderWordsZh.guide.initTitle(null)).toEqual(['初始化第一个控制面节点']);
    expect(renderWordsZh.guide.initTitle('cp-1')).toEqual(['初始化第一个控制面节点（', { code: 'cp-1' }, '）']);
  });
});
