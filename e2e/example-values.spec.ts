// Issue 17, "the example is never the user's", at 1400 and 360 px in English and Chinese: a fresh page marks its
// example node, says beside every download that the files are an example until the nodes are the user's, and never
// says "these files should work"; a log's fix never writes the example's address, it says what to fill in.
import type { Page } from '@playwright/test';
import { loadAll } from 'js-yaml';
import { expect, goToStep, readDownload, test } from './fixtures';

const WORDS = {
  en: {
    review: /Review & download/, nodes: /Nodes/, download: (name: string) => `Download ${name}`,
    works: 'these files should work', notYours: "No errors or warnings, but the nodes still hold the example's values",
    banner: "The nodes still hold the example's values: cp-1 (192.168.10.11, fd00:192:168:10::11).",
    exampleBadge: 'example values', hint: "Example value: replace it with this node's own.",
    node: /^Node 1/, name: 'Name', ipv4: 'IPv4 address', ipv6: 'IPv6 address',
    explain: 'Paste an error or a log', label: 'Error or log', openFixed: 'Open the wizard with this fixed',
    fill: 'To open the wizard with this fixed, first put in your own IPv6 address of cp-1 on the Nodes step',
    goTo: 'Go to field', problems: 'Problems',
  },
  zh: {
    review: /检查与下载/, nodes: /节点/, download: (name: string) => `下载 ${name}`,
    works: '这些文件应当可以工作', notYours: '没有错误或警告，但节点仍是示例值',
    banner: '节点仍是示例值：cp-1（192.168.10.11、fd00:192:168:10::11）。',
    exampleBadge: '示例值', hint: '示例值：请换成该节点自己的值。',
    node: /^节点 1/, name: '名称', ipv4: 'IPv4 地址', ipv6: 'IPv6 地址',
    explain: '粘贴报错或日志', label: '报错或日志', openFixed: '在向导中打开修复后的配置',
    fill: '要在向导中打开修复后的配置，请先在“节点”步骤中填入你自己的 cp-1 的 IPv6 地址',
    goTo: '转到字段', problems: '问题',
  },
} as const;
type Lang = keyof typeof WORDS;

// kube-apiserver refusing to start (PR #106721): the Service family is IPv6, the advertise address IPv4.
const APISERVER_LOG = 'E0612 10:11:12.123456       1 run.go:74] "command failed" err="[service IP family \\"fd00:10:96::/112\\" must match public address family \\"192.168.10.11\\"]"';

async function open(page: Page, lang: Lang, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript((l) => localStorage.setItem('dualstack-wizard.lang', l), lang);
  await page.goto('./');
}

async function kubeadmConfig(page: Page, lang: Lang): Promise<Array<Record<string, any>>> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: WORDS[lang].download('kubeadm-config.yaml'), exact: true }).first().click()]);
  return loadAll(await readDownload(file)) as Array<Record<string, any>>;
}

for (const lang of ['en', 'zh'] as const) {
  for (const width of [1400, 360]) {
    test(`${lang} ${width} px: a fresh page does not claim its files work until the example node is replaced`, async ({ page, offOrigin }) => {
      void offOrigin;
      const w = WORDS[lang];
      await open(page, lang, width);
      const problems = page.getByRole('region', { name: w.problems, exact: true });
      await expect(problems).toContainText(w.notYours);
      await goToStep(page, w.review);
      // Beside the download: the example's values named.
      await expect(page.getByRole('main').getByText(w.banner)).toBeVisible();
      await expect(page.getByText(w.works)).toHaveCount(0);

      // The Nodes step marks the row and each example field.
      await goToStep(page, w.nodes);
      const row = page.getByRole('group', { name: w.node });
      await expect(row).toContainText(w.exampleBadge);
      await expect(row.getByLabel(w.ipv4, { exact: true })).toHaveAccessibleDescription(w.hint);
      await row.getByLabel(w.name, { exact: true }).fill('k8s-cp');
      await row.getByLabel(w.ipv4, { exact: true }).fill('10.20.0.5');
      // One field left: the notice names only what is still the example's.
      await expect(page.getByText(lang === 'en' ? "The nodes still hold the example's values: k8s-cp (fd00:192:168:10::11)." : '节点仍是示例值：k8s-cp（fd00:192:168:10::11）。').first()).toBeVisible();
      await row.getByLabel(w.ipv6, { exact: true }).fill('fd12:3456::5');
      await expect(row).not.toContainText(w.exampleBadge);
      await expect(row.getByLabel(w.ipv6, { exact: true })).not.toHaveAccessibleDescription(w.hint);
      await expect(problems).toContainText(w.works);
      await goToStep(page, w.review);
      await expect(page.getByText(w.banner)).toHaveCount(0);
      const init = (await kubeadmConfig(page, lang)).find((d) => d.kind === 'InitConfiguration')!;
      expect(init.nodeRegistration.name).toBe('k8s-cp');
      expect(init.localAPIEndpoint.advertiseAddress).toBe('10.20.0.5');
      // The link keeps the user's values as theirs: a reload says the files work.
      await page.waitForURL(/n=k8s-cp,c,/);
      await page.reload();
      await expect(problems).toContainText(w.works);
    });

    test(`${lang} ${width} px: a log's fix on a fresh page says what to fill in, and never writes the example's address`, async ({ page, offOrigin }) => {
      void offOrigin;
      const w = WORDS[lang];
      await open(page, lang, width);
      await page.getByRole('button', { name: w.explain }).click();
      await page.getByRole('textbox', { name: w.label, exact: true }).fill(APISERVER_LOG);
      const panel = page.getByRole('region', { name: w.explain });
      const match = panel.getByRole('listitem').filter({ hasText: 'apiserver-advertise-family' });
      await expect(match).toContainText(w.fill);
      await expect(match.getByRole('button', { name: w.openFixed })).toHaveCount(0);
      await match.getByRole('button', { name: w.goTo }).click();
      const ipv6 = page.getByRole('group', { name: w.node }).getByLabel(w.ipv6, { exact: true });
      await expect(ipv6).toBeFocused();
      await ipv6.fill('fd12:3456::5');
      // With the user's own address, the panel offers the fix at once, and it writes that address.
      await expect(match).not.toContainText(w.fill);
      await match.getByRole('button', { name: w.openFixed }).click();
      await goToStep(page, w.review);
      const init = (await kubeadmConfig(page, lang)).find((d) => d.kind === 'InitConfiguration')!;
      expect(init.localAPIEndpoint.advertiseAddress).toBe('fd12:3456::5');
    });
  }
}
