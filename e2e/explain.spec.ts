// "Paste an error or a log": a pasted crash log or kubeadm output finds its rule first, with the matched line, what it
// means, the fix, the versions and the rule's page, and opens the wizard with the fix applied (undo puts it back).
// At 1400 and 360 px, in English and Chinese.
//
// e2e/logs/kube-flannel-1629.txt is the log of flannel-io/flannel#1629 (kubeadm, Kubernetes 1.23.9, IPv6 first in
// podSubnet, kube-flannel in CrashLoopBackOff): its quoted line "E0805 05:20:57.156568 1 runtime.go:76] Observed a
// panic: Address is not an IPv4 address" with the start-up lines and goroutine dump a v0.19 flanneld prints around it.
// e2e/logs/kubeadm-init-service-subnet.txt is `kubeadm init` refusing an IPv6 Service CIDR of /64 (kubeadm
// validation.go ValidateServiceSubnetSize).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { notChinese } from '../tests/chinese-text';
import { expect, expectNoAxeViolations, goToStep, test } from './fixtures';

const FLANNEL_1629 = readFileSync('e2e/logs/kube-flannel-1629.txt', 'utf8');
const KUBEADM_INIT = readFileSync('e2e/logs/kubeadm-init-service-subnet.txt', 'utf8');

const WORDS = {
  en: {
    open: 'Paste an error or a log',
    label: 'Error or log',
    matches: /rules? match/,
    openFixed: 'Open the wizard with this fixed',
    undo: 'Undo this fix',
    applied: 'The wizard now has this fix',
    rulePage: (id: string) => `The page of rule ${id}`,
    steps: 'Steps',
    pods: /Pod network/,
    cluster: /Cluster/,
    services: /Services/,
    flannelVersion: 'Flannel version',
    useNewest: 'Use Flannel v0.28.9',
    undone: 'The fix was undone',
    undoneMore: 'The fix before it can be undone too.',
    error: 'error',
  },
  zh: {
    open: '粘贴报错或日志',
    label: '报错或日志',
    matches: /条规则与这段日志匹配/,
    openFixed: '在向导中打开修复后的配置',
    undo: '撤销这项修复',
    applied: '向导已应用这项修复',
    rulePage: (id: string) => `规则 ${id} 的页面`,
    steps: '步骤',
    pods: /Pod 网络/,
    cluster: /集群/,
    services: /Service/,
    flannelVersion: 'Flannel 版本',
    useNewest: '使用 Flannel v0.28.9',
    undone: '已撤销修复',
    undoneMore: '之前的 1 项修复也可以撤销。',
    error: '错误',
  },
} as const;
type Lang = keyof typeof WORDS;

async function openPanel(page: Page, lang: Lang, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  if (lang === 'zh') await page.getByLabel('Language').selectOption('zh');
  await page.getByRole('button', { name: WORDS[lang].open }).click();
}

const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The visible text of the panel outside code and the log excerpts, each judged as Chinese. */
async function notChineseTexts(page: Page): Promise<string[]> {
  const texts = await page.getByRole('region', { name: WORDS.zh.open }).evaluate((panel) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      if (text && !node.parentElement!.closest('pre, code')) found.push(text);
    }
    return found;
  });
  return texts.flatMap((text) => notChinese(text, { needsCjk: false }) ?? []);
}

for (const lang of ['en', 'zh'] as const) {
  for (const width of [1400, 360]) {
    test(`${lang} ${width} px: the kube-flannel crash log of flannel#1629 finds the IPv6-first rule first, and its fix opens in the wizard`, async ({ page, offOrigin }) => {
      void offOrigin;
      const w = WORDS[lang];
      await page.setViewportSize({ width, height: 900 });
      // The colours are checked in the dark scheme too.
      if (lang === 'en' && width === 360) await page.emulateMedia({ colorScheme: 'dark' });
      // The plan of the report: IPv6 first on a Flannel without the fix.
      await openPanel(page, lang, '#v=1&f=0.20.1&s=64');
      await page.getByRole('textbox', { name: w.label, exact: true }).fill(FLANNEL_1629);
      const panel = page.getByRole('region', { name: w.open });
      await expect(panel.getByRole('status')).toContainText(w.matches);
      const first = panel.getByRole('listitem').first();
      await expect(first.getByRole('heading', { level: 3 })).toContainText('Address is not an IPv4 address');
      // The other causes of the same words follow; no heading has a blank where the log gave no value.
      const headings = await panel.getByRole('heading', { level: 3 }).allTextContents();
      expect(headings.length).toBeGreaterThan(1);
      expect(headings.filter((h) => /""|Flannel v\s/.test(h))).toEqual([]);
      // The matched line, highlighted among the lines around it.
      await expect(first.getByRole('figure')).toContainText('E0805 05:20:57.156568       1 runtime.go:76] Observed a panic: Address is not an IPv4 address');
      await expect(first.getByRole('figure').locator('mark')).toContainText('Address is not an IPv4 address');
      await expect(first).toContainText(lang === 'en' ? 'Use Flannel v0.20.2 or later' : 'v0.20.2');
      await expect(first).toContainText('v0.20.1');
      await expect(first.getByRole('link', { name: w.rulePage('flannel-ipv6-first-podsubnet') })).toHaveAttribute(
        'href',
        `${lang === 'zh' ? 'zh-CN/' : ''}rules/flannel-ipv6-first-podsubnet/`,
      );
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      if (lang === 'zh') expect(await notChineseTexts(page)).toEqual([]);

      await first.getByRole('button', { name: w.openFixed }).click();
      await expect(panel.getByRole('status')).toContainText(`${w.applied}${lang === 'en' ? ': ' : '：'}${w.useNewest}`);
      // The wizard opens at the fixed setting: the newest Flannel, with IPv6 still first in podSubnet as in the log.
      const flannel = page.getByLabel(w.flannelVersion);
      await expect(flannel).toBeFocused();
      await expect(flannel).toHaveValue('0.28.9');
      await expect(page.getByRole('navigation', { name: w.steps }).getByRole('button', { name: w.pods })).not.toContainText(w.error);
      await goToStep(page, w.pods);
      await expect(page.getByRole('group', { name: 'podSubnet' }).locator('code').first()).toHaveText('fd00:10:244::/56,10.244.0.0/16');
      // Another version chosen by hand, and the fix applied again: two fixes to undo.
      await goToStep(page, w.cluster);
      await page.getByLabel(w.flannelVersion).selectOption('0.25.0');
      await first.getByRole('button', { name: w.openFixed }).click();
      await expect(page.getByLabel(w.flannelVersion)).toHaveValue('0.28.9');
      // Undo goes back one fix at a time: first to the version chosen by hand, then to the plan as it was.
      await panel.getByRole('button', { name: w.undo }).click();
      await expect(panel.getByRole('status')).toContainText(w.undoneMore);
      await expect(page.getByLabel(w.flannelVersion)).toHaveValue('0.25.0');
      await panel.getByRole('button', { name: w.undo }).click();
      await expect(panel.getByRole('status')).toContainText(w.undone);
      await expect(panel.getByRole('status')).not.toContainText(w.undoneMore);
      await expect(panel.getByRole('button', { name: w.undo })).toHaveCount(0);
      await expect(page.getByLabel(w.flannelVersion)).toHaveValue('0.20.1');
      await expect(page.getByRole('navigation', { name: w.steps }).getByRole('button', { name: w.pods })).toContainText(w.error);
    });
  }
}

for (const [lang, width] of [['en', 1400], ['zh', 360]] as const) {
  test(`${lang} ${width} px: kubeadm init output with a Service subnet error finds its rule, and the fix sets the IPv6 Service CIDR`, async ({ page, offOrigin }) => {
    void offOrigin;
    const w = WORDS[lang];
    await page.setViewportSize({ width, height: 900 });
    await openPanel(page, lang);
    await page.getByRole('textbox', { name: w.label, exact: true }).fill(KUBEADM_INIT);
    const panel = page.getByRole('region', { name: w.open });
    await expect(panel.getByRole('status')).toContainText(w.matches);
    const first = panel.getByRole('listitem').first();
    await expect(first.getByRole('heading', { level: 3 })).toContainText(lang === 'en' ? 'Service CIDR fd00:10:96::/64 is too large' : 'fd00:10:96::/64');
    await expect(first.getByRole('figure').locator('mark')).toHaveText(
      'networking.serviceSubnet: Invalid value: "fd00:10:96::/64": specified service subnet is too large; for 128-bit addresses, the mask must be >= 108',
    );
    await expect(first).toContainText(lang === 'en' ? 'Use /108 or a longer prefix.' : '/108');
    await expect(first.getByRole('link', { name: w.rulePage('kubeadm-service-subnet-too-large') })).toHaveAttribute(
      'href',
      `${lang === 'zh' ? 'zh-CN/' : ''}rules/kubeadm-service-subnet-too-large/`,
    );
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    if (lang === 'zh') expect(await notChineseTexts(page)).toEqual([]);
    await first.getByRole('button', { name: w.openFixed }).click();
    // The default plan's IPv6 Service CIDR becomes the /64 of the log, fixed to /108; IPv4 stays first.
    const service = page.getByLabel('IPv6 Service CIDR', { exact: true });
    await expect(service).toBeFocused();
    await expect(service).toHaveValue('fd00:10:96::/108');
    await expect(page.getByLabel('IPv4 Service CIDR', { exact: true })).toHaveValue('10.96.0.0/16');
  });
}

test('a log with no message the rules know says what the page can read', async ({ page, offOrigin }) => {
  void offOrigin;
  await openPanel(page, 'en');
  await page.getByLabel('Error or log').fill('I1126 10:00:00.000000       1 main.go:1] all good\nnothing to see here');
  await expect(page.getByRole('region', { name: 'Paste an error or a log' }).getByRole('status')).toContainText('No message the rules know was found');
  await expect(page.getByRole('region', { name: 'Paste an error or a log' }).getByRole('listitem')).toHaveCount(0);
});

test('a hostile log is shown as text', async ({ page, offOrigin }) => {
  void offOrigin;
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  await openPanel(page, 'en');
  const line = '<img src=x onerror=alert(1)> E0805 05:20:57.156568 1 runtime.go:76] Observed a panic: Address is not an IPv4 address <script>alert(2)</script>';
  await page.getByLabel('Error or log').fill(line);
  const figure = page.getByRole('region', { name: 'Paste an error or a log' }).getByRole('listitem').first().getByRole('figure');
  await expect(figure).toContainText(line);
  await expect(figure.locator('img, script')).toHaveCount(0);
});

test('from a sub-path of a static host, the matcher runs in a worker and breaks no CSP rule', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('http://127.0.0.1:4174/dualstack-wizard/');
  await page.getByRole('button', { name: 'Paste an error or a log' }).click();
  await page.getByLabel('Error or log').fill(KUBEADM_INIT);
  await expect(page.getByRole('region', { name: 'Paste an error or a log' }).getByRole('status')).toContainText(/rules? match/);
  // Beside it, the engine's worker (the rules, the files, the picture), started with the first check.
  expect(workers.sort()).toEqual([expect.stringMatching(/^\/dualstack-wizard\/assets\/engine-worker-[\w-]+\.js$/), expect.stringMatching(/^\/dualstack-wizard\/assets\/worker-[\w-]+\.js$/)]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test('a 10 MB log is read off the input, with "Reading" shown meanwhile, and the text box keeps all of it', async ({ page, offOrigin }) => {
  void offOrigin;
  await openPanel(page, 'en');
  const box = page.getByLabel('Error or log');
  // Built in the page: 10 MB through the test protocol would be slow. The crash line is the last one.
  const length = await box.evaluate((textarea: HTMLTextAreaElement, tail) => {
    const line = 'I0805 05:20:56.141655       1 kube.go:121] Waiting 10m0s for node controller to sync\n';
    textarea.value = line.repeat(Math.ceil(10_000_000 / line.length)) + tail;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    return textarea.value.length;
  }, 'E0805 05:20:57.156568       1 runtime.go:76] Observed a panic: Address is not an IPv4 address\n');
  expect(length).toBeGreaterThan(10_000_000);
  const status = page.getByRole('region', { name: 'Paste an error or a log' }).getByRole('status');
  await expect(status).toContainText(/Reading 10\.\d MB…/);
  await expect(status).toContainText(/rules? match/, { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Paste an error or a log' }).getByRole('listitem').first().getByRole('heading', { level: 3 })).toContainText('Address is not an IPv4 address');
  expect(await box.evaluate((textarea: HTMLTextAreaElement) => textarea.value.length)).toBe(length);
  // Closing and opening the panel keeps the text too.
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Paste an error or a log' })).toBeFocused();
  await page.getByRole('button', { name: 'Paste an error or a log' }).click();
  expect(await box.evaluate((textarea: HTMLTextAreaElement) => textarea.value.length)).toBe(length);
});
