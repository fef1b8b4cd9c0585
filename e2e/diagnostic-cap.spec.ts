// Issue 18: a file with thousands of the same problem lists 20 of them and says how many more, in English and Chinese.
import { expect, test } from './fixtures';
import { netConfWithUnknownKeys } from '../scripts/scale-inputs';

const FILE = { name: 'net-conf.json', mimeType: 'application/json', buffer: Buffer.from(netConfWithUnknownKeys(5000)) };

test('English: a net-conf.json with 5,000 unknown keys lists 20 and counts the rest', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./');
  await page.getByRole('button', { name: 'Start from my files' }).click();
  await page.getByLabel('Upload files').setInputFiles(FILE);
  const result = page.getByRole('status').filter({ hasText: 'Problems in your files' });
  const unknown = result.getByRole('listitem').filter({ hasText: 'is not read by Flannel' });
  await expect(unknown).toHaveCount(20);
  await expect(unknown.nth(19)).toContainText('net-conf.json:24');
  await expect(unknown.nth(19)).toContainText('net-conf.json key "Unknown19" is not read by Flannel…and 4,980 more like this in net-conf.json, not listed.');
  await expect(result.getByText(/more like this/)).toHaveCount(1);
});

test.describe('Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('中文: the same count', async ({ page, offOrigin }) => {
    void offOrigin;
    await page.goto('./');
    await page.getByRole('button', { name: '从我的文件开始' }).click();
    await page.getByLabel('上传文件').setInputFiles(FILE);
    const result = page.getByRole('status').filter({ hasText: '你的文件中的问题' });
    await expect(result.getByText('……net-conf.json 中还有 4,980 条同类问题，未列出。')).toBeVisible();
  });
});
