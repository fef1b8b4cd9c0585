// Issue 12: the address-space picture must not change the first load. The wizard is built a second time with the
// picture taken out of the three steps that show it, and the first screen's scripts of both builds are compared.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Plugin, build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { firstLoad } from '../../scripts/first-load.mjs';

const withoutPictureDir = mkdtempSync(join(tmpdir(), 'dsw-no-picture-'));
let picturesRemoved = 0;

// Drops `import { LiveAddressSpace } from '../../picture'` and `<LiveAddressSpace />`-style elements from the steps.
const withoutPicture: Plugin = {
  name: 'without-address-space-picture',
  enforce: 'pre',
  transform(code, id) {
    if (!/src[\\/]app[\\/]features[\\/]steps[\\/].*\.tsx$/.test(id)) return null;
    const stripped = code
      .replace(/^import \{[^}]*\} from '\.\.\/\.\.\/picture';\n/m, '')
      .replace(/<(?:LiveAddressSpace|AddressSpaceOf)\b[^>]*\/>/g, () => {
        picturesRemoved += 1;
        return '';
      });
    return stripped === code ? null : stripped;
  },
};

type Script = { name: string; code: string };

// The first screen's scripts, with content hashes blanked and the entry's export list left out: the export list
// names whatever the lazy chunks import from the entry (the picture imports `lastAddress`), which is not loaded code.
function firstScreenScripts(distDir: string): Script[] {
  const files = (firstLoad(distDir) as { files: Array<{ file: string }> }).files.map((f) => f.file).filter((f) => f.endsWith('.js'));
  return files
    .map((file) => ({
      name: file.replace(/-[\w-]{8}\.js$/, '.js'),
      code: readFileSync(join(distDir, file), 'utf8')
        .replace(/-[\w-]{8}\.(js|css)\b/g, '-HASH.$1')
        .replace(/export\{[^}]*\};?\s*$/, ''),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('the first load with the address-space picture', () => {
  beforeAll(async () => {
    // Vitest sets NODE_ENV=test, which would bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    await build({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      plugins: [withoutPicture],
      build: { outDir: withoutPictureDir, emptyOutDir: true },
    }).finally(() => {
      process.env.NODE_ENV = nodeEnv;
    });
  }, 120_000);
  afterAll(() => rmSync(withoutPictureDir, { recursive: true, force: true }));

  it('is built without it for comparison (three steps show it)', () => {
    expect(picturesRemoved).toBe(3);
    expect(readdirSync(join(withoutPictureDir, 'assets')).some((f) => f.startsWith('address-space-view'))).toBe(false);
    expect(readdirSync('dist/assets').some((f) => f.startsWith('address-space-view'))).toBe(true);
  });

  it('loads the same scripts with the same code and the same preload map as without it', () => {
    const withIt = firstScreenScripts('dist');
    const withoutIt = firstScreenScripts(withoutPictureDir);
    expect(withIt.map((s) => s.name)).toEqual(withoutIt.map((s) => s.name));
    for (const [index, script] of withIt.entries()) {
      // toBe on long strings prints a diff; the preload map (`m.f=[…]`) lists each lazy step's chunks.
      expect(script.code, script.name).toBe(withoutIt[index]!.code);
    }
  });
});
