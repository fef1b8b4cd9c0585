// Issue 10, items 6 and 9: no step scrolls sideways on a phone, whatever the language, colour scheme or value typed;
// "Random ULA" fills both the pod and the Service range.
import type { Page } from '@playwright/test';
import { expect, goToStep, test } from './fixtures';

const LANGS = {
  en: {
    locale: 'en-US',
    steps: ['Cluster', 'Pod network', 'Services', 'Nodes', 'Flannel', 'Review & download'],
    preview: 'Preview',
    podCidr6: 'IPv6 pod CIDR',
    serviceCidr6: 'IPv6 Service CIDR',
    randomUla: 'Generate a random IPv6 ULA range',
  },
  zh: {
    locale: 'zh-CN',
    steps: ['集群', 'Pod 网络', 'Service', '节点', 'Flannel', '检查与下载'],
    preview: '预览',
    podCidr6: 'IPv6 Pod CIDR',
    serviceCidr6: 'IPv6 Service CIDR',
    randomUla: '随机生成 IPv6 ULA 网段',
  },
} as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens a step and waits until its controls (and, beside the form, the live preview) are on the page. */
async function openStep(page: Page, lang: (typeof LANGS)[keyof typeof LANGS], name: string): Promise<void> {
  await goToStep(page, new RegExp(escape(name)));
  const form = page.getByRole('form', { name });
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  await expect(form.getByRole('textbox').or(form.getByRole('combobox')).or(form.getByRole('radio')).first()).toBeVisible();
  if (name !== lang.steps[5]) await expect(page.getByRole('heading', { name: lang.preview, level: 2 })).toBeVisible();
}

/** Resolves when the page has painted and has no task left to run (no timer: an idle callback without timeout). */
const settled = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => requestIdleCallback(() => resolve()), 0))));

const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const [langId, lang] of Object.entries(LANGS)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1400]) {
      test.describe(`${langId}, ${colorScheme}, ${width} px`, () => {
        test.use({ locale: lang.locale, colorScheme, viewport: { width, height: 800 } });

        test('no step scrolls sideways, also with a 5,000-character value in its fields', async ({ page, offOrigin }) => {
          void offOrigin;
          // IPv6 first and dual-stack, so every per-family field is on the page.
          await page.goto('./#v=1&s=64');
          for (const name of lang.steps) {
            await openStep(page, lang, name);
            expect(await sidewaysOverflow(page), `${name}: page wider than the window`).toBeLessThanOrEqual(0);
          }
          // One long word in every field a user can type into, step by step; the previous steps keep theirs, so the
          // diagnostics, derived values, preview and files all hold long values by the last step.
          const long = 'x'.repeat(5000);
          for (const name of lang.steps) {
            await openStep(page, lang, name);
            const fields = page.getByRole('form', { name }).getByRole('textbox').and(page.locator(':not([readonly])'));
            const all = await fields.all();
            for (const field of all) await field.fill(long);
            // Measured once the page is idle: the checks and the preview run in tasks after the keystroke's frame.
            await settled(page);
            expect(await sidewaysOverflow(page), `${name} with a 5,000-character value: page wider than the window`).toBeLessThanOrEqual(0);
          }
        });
      });
    }
  }

  for (const width of [360, 1400]) {
    test.describe(`${langId}, ${width} px`, () => {
      test.use({ locale: lang.locale, viewport: { width, height: 800 } });

      test('Random ULA fills both the pod and the Service range', async ({ page, offOrigin }) => {
        void offOrigin;
        // The random source is fixed, so the ranges are known: Global ID ab 01 23 00 05 (RFC 4193 §3.2).
        await page.addInitScript(() => {
          const real = crypto.getRandomValues.bind(crypto);
          crypto.getRandomValues = ((array: ArrayBufferView) => {
            if (array instanceof Uint8Array && array.length === 5) {
              array.set([0xab, 0x01, 0x23, 0x00, 0x05]);
              return array;
            }
            return real(array as Uint8Array<ArrayBuffer>);
          }) as typeof crypto.getRandomValues;
        });
        // A Service range of the user's own, not the default: the button replaces it too.
        await page.goto('./#v=1&s=46&s6=fd00:99::/112');
        await openStep(page, lang, lang.steps[2]);
        await expect(page.getByLabel(lang.serviceCidr6)).toHaveValue('fd00:99::/112');
        await openStep(page, lang, lang.steps[1]);
        await page.getByRole('button', { name: lang.randomUla }).click();
        await expect(page.getByLabel(lang.podCidr6)).toHaveValue('fdab:123:5::/56');
        await openStep(page, lang, lang.steps[2]);
        await expect(page.getByLabel(lang.serviceCidr6)).toHaveValue('fdab:123:5:100::/112');
        await expect(page.getByRole('group', { name: 'serviceSubnet' })).toContainText('10.96.0.0/16,fdab:123:5:100::/112');
      });
    });
  }
}
