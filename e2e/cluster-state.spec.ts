// Issue 11, journey 3: a running cluster's state. `kubectl get nodes -o yaml` of an IPv6-first cluster (podCIDRs IPv6
// first) with the kube-flannel DaemonSet of Flannel v0.20.1 gives the crash rule, in English and Chinese, wide and narrow.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, goToStep, test } from './fixtures';

const FILES = ['nodes-ipv6-first.yaml', 'kube-flannel-ds-v0.20.1.yaml'];
const fixture = (name: string) => readFileSync(`tests/fixtures/cluster/${name}`);

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const width of [1400, 360]) {
  test(`English, ${width} px: uploaded nodes and DaemonSet give the IPv6-first crash, its fix, and fill in the nodes`, async ({ page, offOrigin }) => {
    void offOrigin;
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await page.getByRole('button', { name: 'Start from my files' }).click();
    await page.getByLabel('Upload files').setInputFiles(FILES.map((name) => ({ name, mimeType: 'text/plain', buffer: fixture(name) })));
    const result = page.getByRole('status').filter({ hasText: 'Problems in your files' });
    await expect(result).toContainText('nodes-ipv6-first.yaml (cluster nodes), kube-flannel-ds-v0.20.1.yaml (kube-flannel.yml)');
    const crash = result.getByRole('listitem').filter({ hasText: 'IPv6 is first in the podCIDRs of cp-1, w-1' });
    await expect(crash).toContainText('nodes-ipv6-first.yaml:79');
    await expect(crash).toContainText('("fd00:10:244::/64,10.244.0.0/24"): Flannel v0.20.1 crashes with "Address is not an IPv4 address"');
    await crash.getByText('Why', { exact: true }).click();
    await expect(crash).toContainText('"Observed a panic: Address is not an IPv4 address"');
    await expect(crash).toContainText('Fixed in Flannel v0.20.2 (PR #1672)');
    await expect(crash).toContainText('Use Flannel v0.20.2 or later. Reordering podSubnet now would not help');
    await expect(page.getByRole('list').filter({ hasText: 'Flannel version: v0.20.1, from kube-flannel-ds-v0.20.1.yaml' })).toBeVisible();
    await noSidewaysScroll(page);
    await expectNoAxeViolations(page);
    // The nodes the cluster reported are the plan's nodes now.
    await page.getByRole('button', { name: 'Close' }).click();
    await goToStep(page, /Nodes/);
    const worker = page.getByRole('group', { name: 'Node 2: w-1' });
    await expect(page.getByRole('group', { name: /^Node 1: cp-1/ }).getByLabel('IPv4 address', { exact: true })).toHaveValue('192.168.10.11');
    await expect(worker.getByLabel('Name', { exact: true })).toHaveValue('w-1');
    await expect(worker.getByLabel('IPv6 address', { exact: true })).toHaveValue('fd00:192:168:10::21');
  });
}

test.describe('Chinese', () => {
  test.use({ locale: 'zh-CN' });
  for (const width of [1400, 360]) {
    test(`中文, ${width} px: pasted one after the other, the same crash in Chinese`, async ({ page, offOrigin }) => {
      void offOrigin;
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      await page.getByRole('button', { name: '从我的文件开始' }).click();
      for (const name of FILES) {
        await page.getByLabel('粘贴文件内容').fill(fixture(name).toString('utf8'));
        await page.getByRole('button', { name: '读取粘贴的内容' }).click();
      }
      const result = page.getByRole('status').filter({ hasText: '你的文件中的问题' });
      await expect(result).toContainText('粘贴的内容 (集群节点), 粘贴的内容 2 (kube-flannel.yml)');
      const crash = result.getByRole('listitem').filter({ hasText: '节点 cp-1, w-1 的 podCIDRs 中 IPv6 在前' });
      await expect(crash).toContainText('Flannel v0.20.1 会崩溃，报错 "Address is not an IPv4 address"');
      await crash.getByText('原因', { exact: true }).click();
      await expect(crash).toContainText('使用 Flannel v0.20.2 或更高版本。');
      await noSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  }
});
