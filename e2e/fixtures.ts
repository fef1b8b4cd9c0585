// Shared test setup: every journey also checks that no request leaves the page's origin.
import AxeBuilder from '@axe-core/playwright';
import { type Download, type Locator, type Page, test as base, expect } from '@playwright/test';

export const test = base.extend<{ offOrigin: string[] }>({
  offOrigin: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const seen: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) seen.push(url);
    });
    await use(seen);
    expect(seen, 'requests that left the origin').toEqual([]);
  },
});
export { expect };

/** A step's button in the step navigation, in either language. */
export const stepButton = (page: Page, name: RegExp | string): Locator => page.getByRole('navigation', { name: /Steps|步骤/ }).getByRole('button', { name });

export async function goToStep(page: Page, name: RegExp | string): Promise<void> {
  await stepButton(page, name).click();
}

/** Opens a step and waits until the navigation marks it the current one. */
export async function openStep(page: Page, name: RegExp | string): Promise<void> {
  await goToStep(page, name);
  await expect(stepButton(page, name)).toHaveAttribute('aria-current', 'step');
}

/** Text as a RegExp that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function downloadFile(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${name}`, exact: true }).first().click()]);
  expect(download.suggestedFilename()).toBe(name);
  return readDownload(download);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
