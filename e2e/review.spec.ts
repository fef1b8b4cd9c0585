// Issue 10, items 3 and 4: the review step says what to do, in order, and the join files work with one edit.
// Each journey runs at 1400 px and 360 px, in English and Chinese.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { loadAll } from 'js-yaml';
import { expect, expectNoAxeViolations, goToStep, readDownload, test } from './fixtures';

type Doc = Record<string, any>;

const WORDS = {
  en: { language: 'Language', review: /Review & download/, problems: 'Problems', downloadAll: 'Download all (.zip)', download: (n: string) => `Download ${n}`, copyCommands: 'Copy commands' },
  zh: { language: '语言', review: /检查与下载/, problems: '问题', downloadAll: '全部下载（.zip）', download: (n: string) => `下载 ${n}`, copyCommands: '复制命令' },
};

// Two control-plane nodes and a worker, dual-stack: init with --upload-certs, a token and a certificate key.
const LINK = '#v=1&e=k8s-api.example.internal:6443&n=cp-1,c,192.168.10.11,fd00:192:168:10::11;cp-2,c,192.168.10.12,fd00:192:168:10::12;w-1,w,192.168.10.21,fd00:192:168:10::21';
const TOKEN = /^[a-z0-9]{6}\.[a-z0-9]{16}$/; // kubeadm's own check: cluster-bootstrap BootstrapTokenPattern

async function open(page: Page, width: number, lang: 'en' | 'zh') {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`./${LINK}`);
  if (lang === 'zh') await page.getByLabel(WORDS.en.language).selectOption('zh');
  await goToStep(page, WORDS[lang].review);
  await expect(page.getByRole('region', { name: /^1\. / })).toBeVisible();
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).first().click()]);
  return readDownload(file);
}

async function downloadBytes(page: Page, name: string): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

for (const width of [1400, 360]) {
  for (const lang of ['en', 'zh'] as const) {
    const w = WORDS[lang];

    test(`review at ${width} px, ${lang}: the steps in order, Flannel by one of three ways, copyable commands`, async ({ page, context, offOrigin }) => {
      void offOrigin;
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page, width, lang);
      const sections = page.getByRole('region', { name: /^\d\. / });
      await expect(sections).toHaveCount(4);
      // 1. kubeadm init on the first control-plane node, with --upload-certs since cp-2 joins.
      const init = page.getByRole('region', { name: /^1\. / });
      await expect(init.getByRole('heading', { name: 'kubeadm-config.yaml' })).toBeVisible();
      await expect(init.getByRole('code').filter({ hasText: 'sudo kubeadm init --config kubeadm-config.yaml --upload-certs' })).toBeVisible();
      await init.getByRole('button', { name: w.copyCommands }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^sudo kubeadm init --config kubeadm-config\.yaml --upload-certs\nmkdir -p \$HOME\/\.kube/);
      // 2. Flannel: three alternatives, one shown at a time.
      const flannel = page.getByRole('region', { name: /^2\. / });
      const ways = flannel.getByRole('radio');
      await expect(ways).toHaveCount(3);
      await expect(ways.nth(0)).toBeChecked();
      const shown = async () => Promise.all(['kustomization.yaml', 'kube-flannel-cfg.yaml', 'flannel-values.yaml'].map((name) => flannel.getByRole('heading', { name }).count()));
      expect(await shown()).toEqual([1, 0, 0]);
      await ways.nth(1).check();
      expect(await shown()).toEqual([0, 1, 0]);
      await expect(flannel.getByRole('code').filter({ hasText: /^kubectl apply -f https:.*\nkubectl apply -f kube-flannel-cfg\.yaml\n/ })).toBeVisible();
      await ways.nth(2).check();
      expect(await shown()).toEqual([0, 0, 1]);
      await expect(flannel.getByRole('code').filter({ hasText: /\nhelm install flannel flannel\/flannel --version v\d+\.\d+\.\d+ -n kube-flannel -f flannel-values\.yaml$/ })).toBeVisible();
      await expect(flannel.getByRole('heading', { name: 'net-conf.json' })).toBeVisible();
      // 3. Each join file with the command for its node, after the CA hash command.
      const joins = page.getByRole('region', { name: /^3\. / });
      await expect(joins.getByRole('code').filter({ hasText: /\nsed -i "s\/REPLACE-WITH-CA-CERT-HASH\/\$HASH\/" join-\*\.yaml$/ })).toBeVisible();
      for (const node of ['cp-2', 'w-1']) {
        await expect(joins.getByRole('heading', { name: `join-${node}.yaml` })).toBeVisible();
        await expect(joins.getByRole('code').filter({ hasText: new RegExp(`^sudo kubeadm join --config join-${node}\\.yaml$`) })).toBeVisible();
      }
      // 4. The checks.
      await expect(page.getByRole('region', { name: /^4\. / }).getByRole('code').filter({ hasText: /^kubectl get nodes -o jsonpath=/ })).toBeVisible();
      // The order on the page is the order of the steps; the guide is formatted, not raw markdown.
      const order = await sections.evaluateAll((list) => list.map((s) => s.getBoundingClientRect().top));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      await expect(page.getByText(/```|^## /)).toHaveCount(0);
      // NEXT-STEPS.md says the same, in the same order.
      const markdown = await download(page, w.download('NEXT-STEPS.md'));
      expect(markdown.split('\n').filter((line) => /^## \d\./.test(line)).map((line) => line.slice(3, 5))).toEqual(['1.', '2.', '3.', '4.']);
      // Long commands scroll inside their own box, never the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page);
    });

    test(`review at ${width} px, ${lang}: on a phone the problems come before the step; on a wide screen beside it`, async ({ page, offOrigin }) => {
      void offOrigin;
      await page.setViewportSize({ width, height: 900 });
      // IPv6-first Services with an IPv4 advertiseAddress: kube-apiserver refuses to start.
      await page.goto('./#v=1&s=64&a=192.168.10.11');
      if (lang === 'zh') await page.getByLabel(WORDS.en.language).selectOption('zh');
      await goToStep(page, w.review);
      await expect(page.getByRole('alert').filter({ hasText: /1/ }).first()).toBeVisible();
      const problems = await page.getByRole('heading', { name: w.problems, exact: true }).boundingBox();
      const step = await page.getByRole('heading', { level: 2 }).filter({ hasText: w.review }).boundingBox();
      if (width === 360) expect(problems!.y).toBeLessThan(step!.y);
      else expect(problems!.x).toBeGreaterThan(step!.x + step!.width - 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });

    test(`review at ${width} px, ${lang}: downloaded join files share the token and key, and pass check once the CA hash is filled in`, async ({ page, offOrigin }) => {
      void offOrigin;
      await open(page, width, lang);
      // The preview masks the secrets.
      const preview = page.getByRole('region', { name: /^3\. / }).getByRole('region', { name: 'join-cp-2.yaml' });
      await expect(preview).toContainText('token: ••••••.••••••••••••••••');
      const names = ['kubeadm-config.yaml', 'join-cp-2.yaml', 'join-w-1.yaml', 'net-conf.json', 'kustomization.yaml'];
      const texts: Record<string, string> = {};
      for (const name of names) texts[name] = await download(page, w.download(name));
      const init = (loadAll(texts['kubeadm-config.yaml']!) as Doc[])[0]!;
      const token = init.bootstrapTokens[0].token as string;
      const key = init.certificateKey as string;
      expect(token).toMatch(TOKEN);
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      const cp2 = (loadAll(texts['join-cp-2.yaml']!) as Doc[])[0]!;
      const w1 = (loadAll(texts['join-w-1.yaml']!) as Doc[])[0]!;
      expect([cp2.discovery.bootstrapToken.token, w1.discovery.bootstrapToken.token, cp2.controlPlane.certificateKey]).toEqual([token, token, key]);
      expect(w1.controlPlane).toBeUndefined();
      // Never in the link, never shown on the page.
      expect(page.url()).not.toContain(token);
      await expect(page.getByText(token)).toHaveCount(0);
      // The zip holds the same secrets as the single downloads of this visit.
      const zip = unzipSync(await downloadBytes(page, w.downloadAll));
      for (const name of names) expect(strFromU8(zip[`dualstack-wizard/${name}`]!), name).toBe(texts[name]);
      // Fill in the CA hash as NEXT-STEPS.md's sed command does, and check the files.
      const dir = mkdtempSync(join(tmpdir(), 'review-'));
      for (const name of names) writeFileSync(join(dir, name), texts[name]!.replace('REPLACE-WITH-CA-CERT-HASH', 'ab'.repeat(32)));
      // The CLI as users run it, the bundle `npm test` builds first (its sources gather the rules' words by folder,
      // which only Vite resolves).
      const run = spawnSync(process.execPath, ['dist-cli/dualstack-wizard.mjs', 'check', ...names.map((n) => join(dir, n))], { encoding: 'utf8' });
      expect(run.status, run.stdout + run.stderr).toBe(0);
    });
  }
}
