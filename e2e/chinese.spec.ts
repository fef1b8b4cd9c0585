// The Chinese page says everything in Chinese: every visible text on every step (the "Why" of each problem opened),
// the comments inside the previewed and downloaded files, the notes beside their lines, NEXT-STEPS.md and the title.
// Code, identifiers, values and upstream error strings stay verbatim (tests/chinese-text.ts decides what that is).
// A switch keeps the files' comments in English for teams that share them.
import type { Page } from '@playwright/test';
import { loadAll } from 'js-yaml';
import { markdownProse, notChinese } from '../tests/chinese-text';
import { expect, expectNoAxeViolations, readDownload, test } from './fixtures';

test.use({ locale: 'zh-CN' });

const STEPS = ['集群', 'Pod 网络', 'Service', '节点', 'Flannel', '检查与下载'];
// Flannel v0.20.1 with IPv6 first, a Service range inside the pod range and long IPv6 node blocks: errors,
// warnings and notes, so every kind of problem and its "Why" is on the page.
const PLAN = '#v=1&f=0.20.1&s=64&p4=10.96.0.0/16&m6=80&n=cp-1,c,192.168.10.11,fd00:192:168:10::11;worker-1,w,192.168.10.21,fd00:192:168:10::21';

const stepButton = (page: Page, name: string) => page.getByRole('navigation', { name: '步骤' }).getByRole('button', { name: new RegExp(`^\\d\\. ${name}`) });

/** Opens every "Why" and the notes (whose items render when opened, with their own "Why"), as a reader would. */
async function openAllDetails(page: Page): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const closed = page.locator('details:not([open]) > summary').filter({ visible: true });
    const count = await closed.count();
    if (count === 0) return;
    for (let i = 0; i < count; i++) await closed.first().click();
  }
}

/** Every visible text node outside code and the file views, each select's options, the file views' comment lines and prose. */
async function pageTexts(page: Page): Promise<{ texts: string[]; comments: string[]; prose: string[] }> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const parent = node.parentElement!;
      // Code (<code>, <pre>) stays verbatim; the file views' comments are judged below.
      if (text === '' || parent.closest('pre, code') || !parent.checkVisibility({ visibilityProperty: true })) continue;
      texts.push(text);
    }
    for (const option of document.querySelectorAll('select option')) if (option.closest('select')!.checkVisibility()) texts.push(option.textContent!.trim());
    const comments: string[] = [];
    const prose: string[] = [];
    for (const pre of document.querySelectorAll('pre.code')) {
      if (!pre.checkVisibility()) continue;
      if (pre.getAttribute('aria-label') === 'NEXT-STEPS.md') prose.push(pre.textContent!);
      else comments.push(...pre.textContent!.split('\n').filter((line) => /^\s*#/.test(line)));
    }
    return { texts, comments, prose };
  });
}

function failures({ texts, comments, prose }: { texts: string[]; comments: string[]; prose: string[] }): string[] {
  return [
    ...texts.flatMap((text) => notChinese(text, { needsCjk: false }) ?? []),
    ...comments.flatMap((line) => notChinese(line) ?? []).map((why) => `file comment: ${why}`),
    ...prose.flatMap((md) => markdownProse(md)).flatMap((line) => notChinese(line) ?? []).map((why) => `NEXT-STEPS.md: ${why}`),
  ];
}

for (const width of [1400, 360]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('every step, its problems and their "Why", the preview and its notes, and the import panel are in Chinese', async ({ page, offOrigin }) => {
      void offOrigin;
      await page.goto(`./${PLAN}`);
      await expect(page).toHaveTitle('dualstack-wizard：kubeadm + Flannel 双栈网络规划');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(stepButton(page, 'Pod 网络')).toContainText('个错误');
      for (const step of STEPS) {
        await stepButton(page, step).click();
        await expect(page.getByRole('heading', { name: step, level: 2 })).toBeVisible();
        if (step === '检查与下载') await expect(page.getByRole('button', { name: '全部下载（.zip）' })).toBeVisible();
        else await expect(page.getByRole('region', { name: '预览' })).toContainText('由 dualstack-wizard 为 Kubernetes');
        await openAllDetails(page);
        await expect(page.getByText('来源：').filter({ visible: true }).first()).toBeVisible();
        const found = await pageTexts(page);
        expect(found.texts.length, step).toBeGreaterThan(40);
        expect(failures(found), step).toEqual([]);
      }
      const review = await pageTexts(page);
      expect(review.comments.length).toBeGreaterThan(15);
      // The guide (NEXT-STEPS.md as elements) is in Chinese, in its order, and was judged with the rest of the page.
      await expect(page.getByRole('heading', { name: '3. 加入其他节点' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'a) 用 kustomize' }).or(page.getByRole('radio', { name: '用 kustomize' })).first()).toBeVisible();
      await page.getByRole('button', { name: '从我的文件开始' }).click();
      await page.getByLabel('粘贴文件内容').fill('{"Network": "10.244.0.0/16", "EnableIPv6": "yes"}');
      await page.getByRole('button', { name: '读取粘贴的内容' }).click();
      await expect(page.getByRole('heading', { name: '你的文件中的问题' })).toBeVisible();
      await openAllDetails(page);
      expect(failures(await pageTexts(page))).toEqual([]);
    });
  });
}

test('the downloaded files are Chinese; the switch writes them with English comments, keeps the notes Chinese and is remembered', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto(`./${PLAN}`);
  await stepButton(page, '检查与下载').click();
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `下载 ${name}`, exact: true }).click()]);
    return readDownload(file);
  };
  const chinese = await download('kubeadm-config.yaml');
  expect(chinese.split('\n')[0]).toBe('# 由 dualstack-wizard 为 Kubernetes 1.37 和 Flannel v0.20.1 生成。');
  expect(chinese).toContain('  # IPv6 排在前面：kube-controller-manager 按此顺序为每个节点在每一项中各分配一个网段');
  const nextSteps = await download('NEXT-STEPS.md');
  expect(nextSteps).toContain('## 3. 加入其他节点');
  expect(nextSteps).toContain('sudo kubeadm join --config join-worker-1.yaml   # 在 worker-1 上（工作节点）');

  const kubeadmFile = page.getByRole('region', { name: 'kubeadm-config.yaml' });
  const toggle = page.getByRole('checkbox', { name: '文件中的注释和 NEXT-STEPS.md 使用英文' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(kubeadmFile.locator('pre.code')).toContainText('# Generated by dualstack-wizard for Kubernetes 1.37 and Flannel v0.20.1.');
  // The notes beside the lines stay in the page's language, on the same lines.
  await expect(kubeadmFile.getByRole('listitem').first()).toContainText('第 ');
  expect(failures({ texts: await kubeadmFile.locator('.annotations li').allInnerTexts(), comments: [], prose: [] })).toEqual([]);
  // The same judge as above sees the English comments: it is not blind to English on this page.
  expect(failures(await pageTexts(page))).toContainEqual('file comment: no Chinese: # Generated by dualstack-wizard for Kubernetes 1.37 and Flannel v0.20.1.');
  const english = await download('kubeadm-config.yaml');
  expect(english.split('\n')[0]).toBe('# Generated by dualstack-wizard for Kubernetes 1.37 and Flannel v0.20.1.');
  expect(loadAll(english)).toEqual(loadAll(chinese));
  expect(await download('NEXT-STEPS.md')).toContain('## 3. Join the other nodes');
  await expectNoAxeViolations(page);

  await page.reload();
  await stepButton(page, '检查与下载').click();
  await expect(page.getByRole('checkbox', { name: '文件中的注释和 NEXT-STEPS.md 使用英文' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'kubeadm-config.yaml' }).locator('pre.code')).toContainText('# Generated by dualstack-wizard');
  await page.getByRole('checkbox', { name: '文件中的注释和 NEXT-STEPS.md 使用英文' }).uncheck();
  await expect(page.getByRole('region', { name: 'kubeadm-config.yaml' }).locator('pre.code')).toContainText('# 由 dualstack-wizard');
});

test('the switch is only on the Chinese page, and switching to English writes English files and an English title', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto(`./${PLAN}`);
  await stepButton(page, '检查与下载').click();
  await expect(page.getByRole('checkbox', { name: '文件中的注释和 NEXT-STEPS.md 使用英文' })).toBeVisible();
  await page.getByLabel('语言').selectOption('en');
  await expect(page).toHaveTitle('dualstack-wizard: kubeadm + Flannel dual-stack planner');
  await expect(page.getByRole('region', { name: 'kubeadm-config.yaml' }).locator('pre.code')).toContainText('# Generated by dualstack-wizard');
  await expect(page.getByRole('region', { name: 'kubeadm-config.yaml' }).locator('.annotations')).not.toContainText('排在前面');
  await expect(page.getByRole('checkbox')).toHaveCount(0);
});
