// Issue 17 as a new user meets it, at 1400 and 360 px, in English and Chinese: nothing on the page changes behind the
// user's back, and pasting a crash log breaks nothing.
//
// tests/fixtures/flannel-1629-crash.txt (31 lines) and e2e/logs/kube-flannel-1629.txt (42 lines) are kube-flannel
// crash logs of flannel-io/flannel#1629. Playwright's fill types such a text as dozens of input events in one task;
// before the fix each event re-rendered the explain panel twice and React stopped with error #185.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const WORDS = {
  en: { open: 'Paste an error or a log', label: 'Error or log', matches: /rules? match/, openFixed: 'Open the wizard with this fixed', undo: 'Undo this fix', undone: 'The fix was undone' },
  zh: { open: '粘贴报错或日志', label: '报错或日志', matches: /条规则与这段日志匹配/, openFixed: '在向导中打开修复后的配置', undo: '撤销这项修复', undone: '已撤销修复' },
} as const;
type Lang = keyof typeof WORDS;
const LANGS: Lang[] = ['en', 'zh'];
const WIDTHS = [1400, 360];

/** Every uncaught error and console error of the page, from the start. */
function pageErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console error: ${message.text()}`);
  });
  return seen;
}

async function open(page: Page, lang: Lang, width: number, hash = ''): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`./${hash}`);
  if (lang === 'zh') await page.getByLabel('Language').selectOption('zh');
}

const LOGS = ['tests/fixtures/flannel-1629-crash.txt', 'e2e/logs/kube-flannel-1629.txt'];

for (const lang of LANGS) {
  for (const width of WIDTHS) {
    for (const log of LOGS) {
      test(`${lang} ${width} px: pasting ${log}, opening its fix and undoing it raise no page error`, async ({ page, offOrigin }) => {
        void offOrigin;
        const w = WORDS[lang];
        const errors = pageErrors(page);
        await open(page, lang, width);
        await page.getByRole('button', { name: w.open }).click();
        await page.getByRole('textbox', { name: w.label, exact: true }).fill(readFileSync(log, 'utf8'));
        const panel = page.getByRole('region', { name: w.open });
        await expect(panel.getByRole('status')).toContainText(w.matches);
        expect(errors, `errors after pasting ${log}`).toEqual([]);
        await panel.getByRole('listitem').first().getByRole('button', { name: w.openFixed }).click();
        await expect(panel.getByRole('button', { name: w.undo })).toBeVisible();
        expect(errors, `errors after opening the fix of ${log}`).toEqual([]);
        await panel.getByRole('button', { name: w.undo }).click();
        await expect(panel.getByRole('status')).toContainText(w.undone);
        // Pasting it again over itself, as a user retrying would.
        await page.getByRole('textbox', { name: w.label, exact: true }).fill(`${readFileSync(log, 'utf8')}\n`);
        await expect(panel.getByRole('status')).toContainText(w.matches);
        expect(errors, `errors after pasting ${log} again`).toEqual([]);
      });
    }
  }
}
