// Budgets that can be read from the build (no timing here: npm run bench measures time).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { firstLoad } from '../../scripts/first-load.mjs';

const built = existsSync('dist/index.html');

describe('the production build', () => {
  it('exists (npm test builds before testing)', () => {
    expect(built, 'run `npm run build` first').toBe(true);
  });

  it('first load (index.html, entry script, its static imports) is at most 110 KB gzip', () => {
    const size = firstLoad('dist') as { gzip: number; files: Array<{ file: string }> };
    expect(size.files.map((f) => f.file)).toContain('index.html');
    expect(size.gzip).toBeLessThanOrEqual(110_000);
  });

  it('loads zip, the YAML loader, the parsers and the Chinese catalogue only on demand', () => {
    const size = firstLoad('dist') as { files: Array<{ file: string }> };
    const firstLoadCode = size.files.map((f) => readFileSync(`dist/${f.file}`, 'utf8')).join('\n');
    expect(firstLoadCode).not.toContain('unidentified alias'); // js-yaml's loader
    expect(firstLoadCode).not.toContain('zipSync'); // fflate
    expect(firstLoadCode).not.toContain('会崩溃'); // the Chinese rule words
    expect(firstLoadCode).not.toContain('not how Flannel'); // the English rule words load with the first diagnostic
    expect(firstLoadCode).not.toContain('Observed a panic'); // the upstream messages and the log explainer
  });

  it('uses relative asset paths, so it works from any sub-path', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
    expect(html).toMatch(/src="\.\/assets\/index-[^"]+\.js"/);
  });

  it('has a strict Content-Security-Policy in a meta tag', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    // The inlined stylesheet is allowed by its hash, never by 'unsafe-inline'.
    expect(directives['style-src']![0]).toBe("'self'");
    expect(directives['style-src']!.slice(1).every((v: string) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(v))).toBe(true);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
