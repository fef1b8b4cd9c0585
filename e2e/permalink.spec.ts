// A link holds any plan the page can hold; what it cannot hold is named beside it before it is shared.
import { expect, goToStep, test } from './fixtures';

test('values the form can hold open from a link as they are, and the rules flag them', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./#v=1&b=VXLAN&f=0.14.0&vni=-1');
  await expect(page.getByLabel('Flannel version')).toHaveValue('0.14.0');
  await expect(page.getByLabel('Flannel version').locator('option:checked')).toHaveText('0.14.0');
  await expect(page.getByText('Flannel version "0.14.0" is outside what this tool knows; rules use v0.14.0').first()).toBeVisible();
  await goToStep(page, /Flannel/);
  await expect(page.getByLabel('Backend')).toHaveValue('VXLAN');
  await expect(page.getByLabel('VNI')).toHaveValue('-1');
  // Nothing was dropped, so nothing is listed and the address bar keeps the link.
  await expect(page.getByText('could not be read')).toHaveCount(0);
  await expect(page).toHaveURL(/#v=1&b=VXLAN&f=0\.14\.0&vni=-1&step=flannel$/);
});

test('the PSK is named as not in the link, beside the link, while the plan has one', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./#v=1&s=4&b=ipsec');
  await goToStep(page, /Review & download/);
  const link = page.getByLabel('Permalink');
  await expect(link).toHaveAccessibleDescription('The address bar always holds this plan; the PSK is never included.');
  await expect(page.getByText('Not in this link:')).toHaveCount(0);

  await goToStep(page, /Flannel/);
  await page.getByLabel('Pre-shared key (never put in the link)').fill('sekrit-0123456789');
  await goToStep(page, /Review & download/);
  const gap = 'the pre-shared key (PSK): a secret is never put in a link; whoever opens it must enter the key again';
  await expect(page.getByText('Not in this link:')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: gap })).toBeVisible();
  await expect(link).toHaveAccessibleDescription(`The address bar always holds this plan; the PSK is never included. Not in this link: ${gap}`);
  await expect(link).not.toHaveValue(/sekrit/);
  await expect(link).toHaveValue(/#v=1&s=4&b=ipsec$/);

  await goToStep(page, /Flannel/);
  await page.getByLabel('Pre-shared key (never put in the link)').fill('');
  await goToStep(page, /Review & download/);
  await expect(page.getByText('Not in this link:')).toHaveCount(0);
  expect(page.url()).not.toContain('sekrit');
});

test('a backend without a PSK is not told about one', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./#v=1&s=4&b=vxlan');
  await goToStep(page, /Review & download/);
  await expect(page.getByLabel('Permalink')).toHaveAccessibleDescription('The address bar always holds this plan.');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByLabel('永久链接')).toHaveAccessibleDescription('地址栏始终保存当前规划。');
  await goToStep(page, /Flannel/);
  await page.getByLabel('后端').selectOption('wireguard');
  await goToStep(page, /检查与下载/);
  await expect(page.getByLabel('永久链接')).toHaveAccessibleDescription('地址栏始终保存当前规划；预共享密钥不会包含在内。');
});

test('in Chinese, the note names the PSK too', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./#v=1&b=wireguard');
  await page.getByLabel('Language').selectOption('zh');
  await goToStep(page, /Flannel/);
  await page.getByLabel('预共享密钥（永远不会放进链接）').fill('k');
  await goToStep(page, /检查与下载/);
  await expect(page.getByText('此链接不包含：')).toBeVisible();
  await expect(page.getByText('预共享密钥（PSK）：密钥永远不会放进链接，打开链接的人需要重新填写')).toBeVisible();
});

test('a Backend Type named like an Object property opens as text', async ({ page, offOrigin }) => {
  void offOrigin;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('./#v=1&b=constructor');
  await goToStep(page, /Flannel/);
  await expect(page.getByLabel('Backend')).toHaveValue('constructor');
  await goToStep(page, /Review & download/);
  // The review step shows one of Flannel's three ways at a time.
  await page.getByRole('radio', { name: 'Helm' }).check();
  await expect(page.getByRole('heading', { name: 'flannel-values.yaml' })).toBeVisible();
  expect(errors).toEqual([]);
});
