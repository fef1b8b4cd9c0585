import { expect, goToStep, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

async function cspViolations(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('a hostile permalink shows its text and runs nothing', async ({ page, offOrigin }) => {
  void offOrigin;
  const name = encodeURIComponent('<img src=x onerror="window.__xss=1">');
  await page.goto(`./#v=1&n=${name},c,192.168.10.11,fd00::11&d=%3Cb%3Ebold%3C%2Fb%3E`);
  await goToStep(page, /Nodes/);
  await expect(page.getByLabel('Name')).toHaveValue('<img src=x onerror="window.__xss=1">');
  await expect(page.getByText('is not a lowercase RFC 1123 name').first()).toBeVisible();
  await goToStep(page, /Review & download/);
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await cspViolations(page)).toEqual([]);
});

test('hostile files pasted into "Start from my files" are shown as text', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./');
  await page.getByRole('button', { name: 'Start from my files' }).click();
  await page.getByLabel('Paste a file').fill('{"Network": "<img src=x onerror=window.__xss=1>", "__proto__": {"polluted": true}, "<script>alert(1)</script>": 1}');
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  const result = page.getByRole('status').filter({ hasText: 'Problems in your files' });
  await expect(result).toContainText('<img src=x onerror=window.__xss=1>');
  await expect(result).toContainText('"<script>alert(1)</script>" is not read by Flannel');
  await expect(page.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => [(window as unknown as { __xss?: number }).__xss, ({} as { polluted?: boolean }).polluted])).toEqual([undefined, undefined]);
  expect(await cspViolations(page)).toEqual([]);
});

test('the whole journey, zip included, causes no CSP violation', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./');
  await page.getByRole('radio', { name: 'Dual-stack, IPv6 primary' }).check();
  for (const step of [/Pod network/, /Services/, /Nodes/, /Flannel/, /Review & download/]) await goToStep(page, step);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all (.zip)' }).click()]);
  expect(download.suggestedFilename()).toBe('dualstack-wizard.zip');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('heading', { name: '检查与下载', level: 2 })).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
});

test('the build works from a sub-path of a static host', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => errors.push(`failed ${r.url()}`));
  await page.goto('http://127.0.0.1:4174/dualstack-wizard/');
  await page.getByRole('radio', { name: 'Dual-stack, IPv6 primary' }).check();
  await goToStep(page, /Pod network/);
  await expect(page.getByLabel('IPv6 pod CIDR')).toHaveValue('fd00:10:244::/56');
  await goToStep(page, /Review & download/);
  await expect(page.getByRole('heading', { name: 'kubeadm-config.yaml' })).toBeVisible();
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:4174\/dualstack-wizard\/#v=1&s=64&step=review$/);
  expect(errors).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});
