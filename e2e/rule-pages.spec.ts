// The static rule pages (dist/rules/<id>/, dist/zh-CN/rules/<id>/) and their indexes: plain HTML under the strict
// CSP, no script, axe clean at 1400 and 360 px, and the links between them and the wizard both ways.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const RULE = 'flannel-ipv6-first-podsubnet';

/** Collects console errors (a CSP violation is one) for the page's life. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function expectStaticPage(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.scripts.length)).toBe(0);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'none'");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
}

for (const width of [1400, 360]) {
  test(`an English rule page at ${width} px: the upstream message, the table by version, and the wizard with the example`, async ({ page, offOrigin }) => {
    void offOrigin;
    const errors = consoleErrors(page);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`./rules/${RULE}/`);
    await expect(page).toHaveTitle(/^flannel-ipv6-first-podsubnet: IPv6 is first in podSubnet/);
    await expect(page.getByRole('heading', { level: 1, name: RULE })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Upstream messages' })).toBeVisible();
    await expect(page.getByText('Observed a panic: Address is not an IPv4 address', { exact: true })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('rowheader', { name: 'Flannel v0.18.0–v0.20.1' })).toBeVisible();
    await expect(table.getByRole('row', { name: /Flannel v0\.20\.2–v0\.28\.9.*No problem/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Failing' })).toBeVisible();
    await expectStaticPage(page, width);
    expect(errors).toEqual([]);

    await page.getByRole('link', { name: 'Open the failing example in the wizard' }).click();
    await expect(page).toHaveURL(/\/#v=1&/);
    // The wizard opens with the example's plan, and says what the page says.
    await expect(page.getByText(/IPv6 is first in podSubnet "fd00:10:244::\/56,10\.244\.0\.0\/16": Flannel v0\.20\.1 crashes/).first()).toBeVisible();
  });
}

test('the Chinese rule page at 360 px, and its switch to the English twin', async ({ page, offOrigin }) => {
  void offOrigin;
  const errors = consoleErrors(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`./zh-CN/rules/${RULE}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: RULE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '上游错误信息' })).toBeVisible();
  await expect(page.getByText('Observed a panic: Address is not an IPv4 address', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '各版本的表现' })).toBeVisible();
  await expectStaticPage(page, 360);
  expect(errors).toEqual([]);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/rules/${RULE}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const [path, heading, twin, width] of [
  ['./rules/', /^Rules of dualstack-wizard/, '中文', 1400],
  ['./zh-CN/rules/', /^dualstack-wizard 的规则/, 'English', 360],
] as const) {
  test(`the index ${path} at ${width} px lists the rules by component and opens one`, async ({ page, offOrigin }) => {
    void offOrigin;
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Flannel' })).toBeVisible();
    await expect(page.getByRole('link', { name: twin })).toBeVisible();
    await expectStaticPage(page, width);
    await page.getByRole('link', { name: 'kubeadm-service-subnet-too-small', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'kubeadm-service-subnet-too-small' })).toBeVisible();
  });
}

test('a diagnostic in the wizard links to its rule page, in the page language', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./#v=1&f=0.20.1&s=64');
  const problems = page.locator(`[data-rule="${RULE}"]`).first();
  await problems.getByText('Why').click();
  await problems.getByRole('link', { name: `Rule page: ${RULE}` }).click();
  await expect(page).toHaveURL(new RegExp(`/rules/${RULE}/$`));
  await expect(page.getByRole('heading', { level: 1, name: RULE })).toBeVisible();

  await page.goto('./#v=1&f=0.20.1&s=64');
  await page.getByLabel('Language').selectOption('zh');
  const zh = page.locator(`[data-rule="${RULE}"]`).first();
  await zh.getByText('原因').click();
  await zh.getByRole('link', { name: `规则说明： ${RULE}` }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-CN/rules/${RULE}/$`));
});

test('under a sub-path, robots.txt (and with SITE_URL the sitemap) are served and the rule page links stay inside it', async ({ page, request }) => {
  const base = 'http://127.0.0.1:4174/dualstack-wizard/';
  // The build under test is this run's: SITE_URL (set in CI) gives absolute links and a sitemap, unset neither.
  const site = process.env.SITE_URL;
  const robots = await (await request.get(`${base}robots.txt`)).text();
  if (site) {
    expect(robots).toContain(`Sitemap: ${site.replace(/\/?$/, '/')}sitemap.xml`);
    expect(await (await request.get(`${base}sitemap.xml`)).text()).toContain(`/rules/${RULE}/</loc>`);
  } else {
    expect(robots).toBe('User-agent: *\nAllow: /\n');
    expect((await request.get(`${base}sitemap.xml`)).status()).toBe(404);
  }
  await page.goto(`${base}rules/${RULE}/`);
  // Relative without SITE_URL, the canonical link still names this page where it is served.
  expect(await page.locator('link[rel="canonical"]').evaluate((link: HTMLLinkElement) => link.href)).toBe(site ? `${site.replace(/\/?$/, '/')}rules/${RULE}/` : `${base}rules/${RULE}/`);
  await page.getByRole('link', { name: 'Rules', exact: true }).click();
  await expect(page).toHaveURL(`${base}rules/`);
  await page.getByRole('link', { name: 'dualstack-wizard', exact: true }).click();
  await expect(page).toHaveURL(base);
});
