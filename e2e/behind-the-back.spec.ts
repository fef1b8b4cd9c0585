// Issue 17 as a new user meets it, at 1400 and 360 px, in English and Chinese: nothing on the page changes behind the
// user's back, and pasting a crash log breaks nothing.
//
// tests/fixtures/flannel-1629-crash.txt (31 lines) and e2e/logs/kube-flannel-1629.txt (42 lines) are kube-flannel
// crash logs of flannel-io/flannel#1629. Playwright's fill types such a text as dozens of input events in one task;
// before the fix each event re-rendered the explain panel twice and React stopped with error #185.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadAll } from 'js-yaml';
import { expect, goToStep, readDownload, test } from './fixtures';

const WORDS = {
  en: {
    open: 'Paste an error or a log', label: 'Error or log', matches: /rules? match/, openFixed: 'Open the wizard with this fixed', undo: 'Undo this fix', undone: 'The fix was undone',
    importTitle: 'Start from my files', paste: 'Paste a file', read: 'Read pasted text', kubernetesVersion: 'Kubernetes version',
    differently: 'What the wizard writes differently from your files', rewritten: 'kubernetesVersion "stable-1.33" is written as "v1.33.0"',
    review: /Review & download/, flannel: /Flannel/, download: (name: string) => `Download ${name}`,
    token: 'Bootstrap token (optional)', tokenInvalid: 'Not a bootstrap token', made: 'This tab made a new bootstrap token', kept: 'this tab made earlier', typed: 'you typed',
  },
  zh: {
    open: '粘贴报错或日志', label: '报错或日志', matches: /条规则与这段日志匹配/, openFixed: '在向导中打开修复后的配置', undo: '撤销这项修复', undone: '已撤销修复',
    importTitle: '从我的文件开始', paste: '粘贴文件内容', read: '读取粘贴的内容', kubernetesVersion: 'Kubernetes 版本',
    differently: '向导写出的文件与你的文件有何不同', rewritten: 'kubernetesVersion "stable-1.33" 写为 "v1.33.0"',
    review: /检查与下载/, flannel: /Flannel/, download: (name: string) => `下载 ${name}`,
    token: '引导令牌（可选）', tokenInvalid: '不是有效的引导令牌', made: '本标签页刚刚生成了新的引导令牌', kept: '本标签页之前生成的', typed: '你填写的',
  },
} as const;
type Lang = keyof typeof WORDS;
const LANGS: Lang[] = ['en', 'zh'];
const WIDTHS = [1400, 360];

/** Every uncaught error and console error of the page, from the start. */
function pageErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console error: ${message.text()}`);
  });
  return seen;
}

async function open(page: Page, lang: Lang, width: number, hash = ''): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  // The language is remembered, so a reload stays in it.
  await page.addInitScript((l) => localStorage.setItem('dualstack-wizard.lang', l), lang);
  await page.goto(`./${hash}`);
}

async function downloadText(page: Page, lang: Lang, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: WORDS[lang].download(name), exact: true }).first().click()]);
  expect(file.suggestedFilename()).toBe(name);
  return readDownload(file);
}

const docs = (text: string) => loadAll(text) as Array<Record<string, any>>;
/** The bootstrap token a kubeadm-config.yaml (InitConfiguration) or a join file (JoinConfiguration) holds. */
function tokenOf(text: string): string {
  for (const doc of docs(text)) {
    if (doc.kind === 'InitConfiguration') return doc.bootstrapTokens[0].token;
    if (doc.kind === 'JoinConfiguration') return doc.discovery.bootstrapToken.token;
  }
  throw new Error('no token in the file');
}

// Two control-plane nodes and a worker: init uploads the certificates, and the join files need the token and key.
const CLUSTER = '#v=1&e=k8s-api.example.internal:6443&n=cp-1,c,192.168.10.11,fd00:192:168:10::11;cp-2,c,192.168.10.12,fd00:192:168:10::12;w-1,w,192.168.10.21,fd00:192:168:10::21';

const LOGS = ['tests/fixtures/flannel-1629-crash.txt', 'e2e/logs/kube-flannel-1629.txt'];

for (const lang of LANGS) {
  for (const width of WIDTHS) {
    for (const log of LOGS) {
      test(`${lang} ${width} px: pasting ${log}, opening its fix and undoing it raise no page error`, async ({ page, offOrigin }) => {
        void offOrigin;
        const w = WORDS[lang];
        const errors = pageErrors(page);
        await open(page, lang, width);
        await page.getByRole('button', { name: w.open }).click();
        await page.getByRole('textbox', { name: w.label, exact: true }).fill(readFileSync(log, 'utf8'));
        const panel = page.getByRole('region', { name: w.open });
        await expect(panel.getByRole('status')).toContainText(w.matches);
        expect(errors, `errors after pasting ${log}`).toEqual([]);
        await panel.getByRole('listitem').first().getByRole('button', { name: w.openFixed }).click();
        await expect(panel.getByRole('button', { name: w.undo })).toBeVisible();
        expect(errors, `errors after opening the fix of ${log}`).toEqual([]);
        await panel.getByRole('button', { name: w.undo }).click();
        await expect(panel.getByRole('status')).toContainText(w.undone);
        // Pasting it again over itself, as a user retrying would.
        await page.getByRole('textbox', { name: w.label, exact: true }).fill(`${readFileSync(log, 'utf8')}\n`);
        await expect(panel.getByRole('status')).toContainText(w.matches);
        expect(errors, `errors after pasting ${log} again`).toEqual([]);
      });
    }
  }
}

/** A fresh page that reads a pasted ClusterConfiguration naming this kubernetesVersion. */
async function importClusterConfiguration(page: Page, lang: Lang, width: number, version: string): Promise<void> {
  const w = WORDS[lang];
  await open(page, lang, width);
  await page.getByRole('button', { name: w.importTitle }).click();
  await page.getByLabel(w.paste).fill(
    ['apiVersion: kubeadm.k8s.io/v1beta4', 'kind: ClusterConfiguration', `kubernetesVersion: ${version}`, 'networking:', '  podSubnet: 10.244.0.0/16,fd00:10:244::/56', '  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112'].join('\n'),
  );
  await page.getByRole('button', { name: w.read }).click();
}

for (const lang of LANGS) {
  for (const width of WIDTHS) {
    test(`${lang} ${width} px: an imported kubernetesVersion v1.33.1 is written back as v1.33.1`, async ({ page, offOrigin }) => {
      void offOrigin;
      const w = WORDS[lang];
      await importClusterConfiguration(page, lang, width, 'v1.33.1');
      await expect(page.getByLabel(w.kubernetesVersion, { exact: true })).toHaveValue('1.33.1');
      // Kept as it is, so not among what the wizard writes differently.
      await expect(page.getByRole('region', { name: w.importTitle }).getByRole('listitem').filter({ hasText: 'kubernetesVersion' })).toHaveCount(0);
      await expect(page).toHaveURL(/[#&]kr=1\.33\.1(&|$)/);
      await goToStep(page, w.review);
      const cluster = docs(await downloadText(page, lang, 'kubeadm-config.yaml')).find((doc) => doc.kind === 'ClusterConfiguration')!;
      expect(cluster.kubernetesVersion).toBe('v1.33.1');
      // The version field takes a patch release typed in, too.
      await goToStep(page, /^1\. /);
      await page.getByLabel(w.kubernetesVersion, { exact: true }).fill('1.32.4');
      await goToStep(page, w.review);
      expect(docs(await downloadText(page, lang, 'kubeadm-config.yaml')).find((doc) => doc.kind === 'ClusterConfiguration')!.kubernetesVersion).toBe('v1.32.4');
    });

    test(`${lang} ${width} px: an imported kubernetesVersion stable-1.33 is listed as written v1.33.0`, async ({ page, offOrigin }) => {
      void offOrigin;
      const w = WORDS[lang];
      await importClusterConfiguration(page, lang, width, 'stable-1.33');
      await expect(page.getByLabel(w.kubernetesVersion, { exact: true })).toHaveValue('1.33');
      const panel = page.getByRole('region', { name: w.importTitle });
      await expect(panel.getByRole('heading', { name: w.differently })).toBeVisible();
      await expect(panel.getByRole('listitem').filter({ hasText: w.rewritten })).toHaveCount(1);
    });

    test(`${lang} ${width} px: visiting the Flannel step changes neither the link nor the files`, async ({ page, offOrigin }) => {
      void offOrigin;
      const w = WORDS[lang];
      await open(page, lang, width);
      await goToStep(page, w.review);
      const before = await downloadText(page, lang, 'net-conf.json');
      await goToStep(page, w.flannel);
      await expect(page.getByRole('heading', { level: 2, name: 'Flannel' })).toBeVisible();
      await goToStep(page, w.review);
      // Leaving the window writes the address bar at once (url-state.ts); the old checkbox wrote dr=0 as it unmounted.
      await page.evaluate(() => window.dispatchEvent(new Event('blur')));
      await expect(page).toHaveURL(/#v=1&step=review$/);
      expect(await downloadText(page, lang, 'net-conf.json')).toBe(before);
      expect(JSON.parse(before).Backend).toEqual({ Type: 'vxlan' });
    });

    test(`${lang} ${width} px: the bootstrap token survives a reload, and one the user has can be typed in`, async ({ page, offOrigin }) => {
      void offOrigin;
      const w = WORDS[lang];
      await open(page, lang, width, CLUSTER);
      await goToStep(page, w.review);
      const status = page.getByRole('status').filter({ hasText: lang === 'en' ? /token/ : /令牌/ });
      const first = tokenOf(await downloadText(page, lang, 'kubeadm-config.yaml'));
      expect(first).toMatch(/^[a-z0-9]{6}\.[a-z0-9]{16}$/);
      await expect(status).toContainText(w.made);
      await page.reload();
      await expect(status).toContainText(w.kept);
      const join = await downloadText(page, lang, 'join-w-1.yaml');
      expect(tokenOf(join)).toBe(first);
      expect(page.url()).not.toContain(first);
      // A token that fails kubeadm's pattern is an error at the field and never reaches a file.
      const field = page.getByLabel(w.token, { exact: true });
      await field.fill('abcdef.0123');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('alert').filter({ hasText: w.tokenInvalid })).toBeVisible();
      expect(tokenOf(await downloadText(page, lang, 'join-w-1.yaml'))).toBe(first);
      await field.fill('abcdef.0123456789abcdef');
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      await expect(status).toContainText(w.typed);
      expect(tokenOf(await downloadText(page, lang, 'kubeadm-config.yaml'))).toBe('abcdef.0123456789abcdef');
      expect(tokenOf(await downloadText(page, lang, 'join-w-1.yaml'))).toBe('abcdef.0123456789abcdef');
    });
  }
}
