// Issue 17, point 1: a one-click fix is offered only when the rules have checked it. One click on the fix for a
// Service range equal to the pod range removes the problem and adds none; masks /33 and /130 get the defaults.
// Every journey runs at 1400 and 360 px, in English and Chinese.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const WORDS = {
  en: {
    cluster: 'Cluster',
    problems: 'Problems',
    serviceCidr4: 'IPv4 Service CIDR',
    nodeMask4: /IPv4 node mask/,
    nodeMask6: /IPv6 node mask/,
    useService: 'Use Service CIDR 10.245.0.0/16',
    mask24: 'Set node-cidr-mask-size-ipv4 to 24',
    mask64: 'Set node-cidr-mask-size-ipv6 to 64',
    errors: /\d+ errors?/,
    severity: /^(Error|Warning):/,
  },
  zh: {
    cluster: '集群',
    problems: '问题',
    serviceCidr4: 'IPv4 Service CIDR',
    nodeMask4: /IPv4 节点掩码/,
    nodeMask6: /IPv6 节点掩码/,
    useService: '把 Service CIDR 改为 10.245.0.0/16',
    mask24: '把 node-cidr-mask-size-ipv4 设为 24',
    mask64: '把 node-cidr-mask-size-ipv6 设为 64',
    errors: /\d+ 个错误/,
    severity: /^(错误|警告):/,
  },
} as const;
type Lang = keyof typeof WORDS;

async function open(page: Page, lang: Lang, width: number, hash: string): Promise<(typeof WORDS)[Lang]> {
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript((l) => localStorage.setItem('dualstack-wizard.lang', l), lang);
  await page.goto(`./${hash}`);
  const w = WORDS[lang];
  await expect(page.getByRole('heading', { level: 2, name: w.cluster })).toBeVisible();
  return w;
}

/** The errors and warnings listed (notes are folded away): each problem's first paragraph names its severity. */
const problemItems = (page: Page, w: (typeof WORDS)[Lang]) => page.getByRole('region', { name: w.problems }).getByRole('paragraph').filter({ hasText: w.severity });

for (const lang of ['en', 'zh'] as const) {
  for (const width of [1400, 360]) {
    test.describe(`${lang} at ${width} px`, () => {
      test('Service CIDR = pod CIDR: one click moves the Service range out, and the problems drop to none', async ({ page, offOrigin }) => {
        void offOrigin;
        const w = await open(page, lang, width, '#v=1&s4=10.244.0.0/16');
        const problems = page.getByRole('region', { name: w.problems });
        const fix = problems.getByRole('button', { name: w.useService });
        // The capacity error and the overlap warning both get the same fix: the overlap is the cause.
        await expect(fix).toHaveCount(2);
        await expect(problemItems(page, w)).toHaveCount(2);
        await fix.first().click();
        await expect(fix).toHaveCount(0);
        await expect(problemItems(page, w)).toHaveCount(0);
        await expect(problems.getByRole('button', { name: /node-cidr-mask-size-ipv4/ })).toHaveCount(0);
        await expect(page.getByRole('navigation', { name: /Steps|步骤/ })).not.toContainText(w.errors);
        await expect(page).toHaveURL(/s4=10\.245\.0\.0%2F16|s4=10\.245\.0\.0\/16/);
      });

      test('node masks /33 and /130: the fixes are the default masks, and each clears its error', async ({ page, offOrigin }) => {
        void offOrigin;
        const w = await open(page, lang, width, '#v=1&m4=33&m6=130');
        const problems = page.getByRole('region', { name: w.problems });
        await expect(problems.getByRole('button', { name: /node-cidr-mask-size-ipv4/ })).toHaveCount(1);
        await problems.getByRole('button', { name: w.mask24 }).click();
        await problems.getByRole('button', { name: w.mask64 }).click();
        await expect(page.getByRole('navigation', { name: /Steps|步骤/ })).not.toContainText(w.errors);
        await expect(page).toHaveURL((url) => !url.hash.includes('m4=') && !url.hash.includes('m6='));
      });
    });
  }
}
