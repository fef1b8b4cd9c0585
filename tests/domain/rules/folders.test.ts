// Issue 19 point 1: a rule is one folder, src/domain/rules/<component>/<name>/, holding every part of it, and only the
// catalogue lists the rules. A rule that lacks a part, a part file with a name the catalogue does not gather, a
// folder the catalogue does not list, or a rule id written outside its folder fails here.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleTextEn } from '../../../src/content/rules.en';
import { ruleTextZh } from '../../../src/content/rules.zh';
import { RULES } from '../../../src/domain/rules/catalogue';
import { RULE_EXAMPLES } from '../../../src/domain/rules/examples';
import { ruleIdOfPath } from '../../../src/domain/rules/folders';
import { UPSTREAM_MESSAGES, type UpstreamMessage } from '../../../src/domain/rules/messages';
import { RULE_SOURCES } from '../../../src/domain/rules/sources';
import type { Rule } from '../../../src/domain/rules/types';

const ROOT = 'src/domain/rules';
const REQUIRED = ['rule.ts', 'source.ts', 'example.ts', 'words.en.ts', 'words.zh.ts'];
const OPTIONAL = ['upstream.ts'];

const RULE_MODULES = import.meta.glob<{ rule: Rule }>('../../../src/domain/rules/*/*/rule.ts', { eager: true });

const UPSTREAM_MODULES = import.meta.glob<{ messages: readonly UpstreamMessage[] }>('../../../src/domain/rules/*/*/upstream.ts', { eager: true });

const dirs = (path: string): string[] => readdirSync(path).filter((name) => statSync(join(path, name)).isDirectory());
// Component folders are those holding rule folders (helpers/ holds shared code only).
const ruleFolders = dirs(ROOT)
  .filter((component) => component !== 'helpers')
  .flatMap((component) => dirs(join(ROOT, component)).map((name) => ({ component, name, path: join(ROOT, component, name) })));

function sourceFiles(path: string): string[] {
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((file) => join(path, file))
    .filter((file) => /\.(ts|tsx)$/.test(file) && statSync(file).isFile());
}

/** The id as a whole word: not the start of a longer id (a letter, digit or hyphen next to it). */
function writesId(text: string, id: string): boolean {
  const word = (c: string | undefined): boolean => c !== undefined && /[a-z0-9-]/.test(c);
  for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + 1)) {
    if (!word(text[at - 1]) && !word(text[at + id.length])) return true;
  }
  return false;
}

describe('one rule, one folder', () => {
  it('every catalogue rule is its own folder, rules/<component>/<name>/ for the id <component>-<name>, with every part', () => {
    expect(RULES.length).toBeGreaterThan(90);
    for (const rule of RULES) {
      const folder = ruleFolders.find((f) => `${f.component}-${f.name}` === rule.id);
      expect(folder, `${rule.id}: no folder rules/<component>/<name>/`).toBeDefined();
      for (const part of REQUIRED) expect(existsSync(join(folder!.path, part)), `${rule.id}: ${part}`).toBe(true);
      expect(RULE_MODULES[`../../../${folder!.path}/rule.ts`]?.rule, `${rule.id}: rule.ts exports the catalogue's rule`).toBe(rule);
      expect(ruleTextEn[rule.id], `${rule.id}: English words`).toBeDefined();
      expect(ruleTextZh[rule.id], `${rule.id}: Chinese words`).toBeDefined();
      expect(RULE_SOURCES[rule.id], `${rule.id}: source`).toMatch(/\S{3}/);
      expect(RULE_EXAMPLES[rule.id], `${rule.id}: example`).toBeDefined();
    }
  });

  it('every rule folder is in the catalogue, and holds only the parts the catalogue gathers', () => {
    const ids = new Set<string>(RULES.map((rule) => rule.id));
    expect(ruleFolders.length).toBe(RULES.length);
    for (const folder of ruleFolders) {
      expect(ids.has(`${folder.component}-${folder.name}`), `${folder.path} is not in catalogue.ts`).toBe(true);
      for (const file of readdirSync(folder.path)) expect([...REQUIRED, ...OPTIONAL], `${folder.path}/${file}`).toContain(file);
    }
  });

  it('names each part by its folder, and each upstream message by the rule of its folder', () => {
    expect(ruleIdOfPath('./kube-proxy/cluster-cidr-mismatch/words.en.ts')).toBe('kube-proxy-cluster-cidr-mismatch');
    let count = 0;
    for (const [path, module] of Object.entries(UPSTREAM_MODULES)) {
      for (const message of module.messages) {
        expect(message.rule, message.id).toBe(ruleIdOfPath(path));
        expect(message.id.startsWith(`${message.rule}/`), message.id).toBe(true);
        count += 1;
      }
    }
    expect(count).toBe(UPSTREAM_MESSAGES.length);
  });

  it('writes each rule id in the files of its own folder only (and in the catalogue)', () => {
    const files = sourceFiles('src').filter((file) => file !== join(ROOT, 'catalogue.ts'));
    const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
    for (const rule of RULES) {
      const own = ruleFolders.find((f) => `${f.component}-${f.name}` === rule.id)!.path;
      const outside = files.filter((file) => !file.startsWith(`${own}/`) && writesId(texts.get(file)!, rule.id));
      expect(outside, rule.id).toEqual([]);
    }
  });
});
