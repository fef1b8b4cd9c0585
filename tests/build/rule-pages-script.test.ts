// scripts/rule-pages.mjs as the build runs it, into a temporary dist/: SITE_URL decides between absolute links with a
// sitemap and relative links without one. The bundle it loads (dist-ssr/rule-pages.mjs) is stood in for by a module
// that re-exports src/pages/rule-pages.ts, so no build is needed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
// @ts-expect-error plain ESM script without types
import { writeRulePages } from '../../scripts/rule-pages.mjs';

const PAGE = 'rules/flannel-ipv6-first-podsubnet/index.html';
let dir = '';

/** The script run into a temporary dist/; with no argument it reads SITE_URL itself, as the build does. */
async function build(...siteUrl: [string | undefined] | []): Promise<{ dist: string; warned: string[] }> {
  dir = mkdtempSync(join(tmpdir(), 'rule-pages-'));
  const ssr = join(dir, 'ssr');
  const dist = join(dir, 'dist');
  mkdirSync(ssr);
  writeFileSync(join(ssr, 'rule-pages.mjs'), `export * from ${JSON.stringify(resolve('src/pages/rule-pages.ts'))};\n`);
  const warned: string[] = [];
  vi.spyOn(console, 'warn').mockImplementation((text: string) => void warned.push(text));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  await writeRulePages(dist, ssr, ...siteUrl);
  return { dist, warned };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/rule-pages.mjs', () => {
  it('without SITE_URL: relative canonical links, a robots.txt without a Sitemap line, no sitemap.xml, and a warning', async () => {
    const { dist, warned } = await build(undefined);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    const page = readFileSync(join(dist, PAGE), 'utf8');
    expect(page).toContain('<link rel="canonical" href="../../rules/flannel-ipv6-first-podsubnet/">');
    expect(page).not.toContain('localhost');
    expect(warned).toEqual(["SITE_URL is not set: the rule pages' canonical and hreflang links are relative and no sitemap.xml is written; set it to the address the site is published at"]);
  });

  it('with SITE_URL: absolute links, sitemap.xml, and robots.txt naming it', async () => {
    const { dist, warned } = await build('https://you.github.io/dualstack-wizard');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://you.github.io/dualstack-wizard/sitemap.xml\n');
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain('<loc>https://you.github.io/dualstack-wizard/rules/flannel-ipv6-first-podsubnet/</loc>');
    expect(readFileSync(join(dist, PAGE), 'utf8')).toContain('<link rel="canonical" href="https://you.github.io/dualstack-wizard/rules/flannel-ipv6-first-podsubnet/">');
    expect(warned).toEqual([]);
  });

  it('reads SITE_URL from the environment; an empty one counts as unset', async () => {
    vi.stubEnv('SITE_URL', 'https://wizard.example.org/');
    expect(readFileSync(join((await build()).dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://wizard.example.org/sitemap.xml');
    rmSync(dir, { recursive: true, force: true });
    vi.stubEnv('SITE_URL', '');
    const { dist, warned } = await build();
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    expect(warned).toHaveLength(1);
  });
});
