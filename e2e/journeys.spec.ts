import { readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';
import { downloadFile, expect, goToStep, test } from './fixtures';

type Doc = Record<string, any>;

test('1. dual-stack IPv6-primary on the newest Flannel: download and check kubeadm-config.yaml and net-conf.json', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./');
  await page.getByRole('radio', { name: 'Dual-stack, IPv6 primary' }).check();
  await goToStep(page, /Review & download/);
  // The nodes are still the example's: the page never says these files should work.
  await expect(page.getByText("No errors or warnings, but the nodes still hold the example's values: these files are not yours yet.")).toBeVisible();
  const kubeadm = loadAll(await downloadFile(page, 'kubeadm-config.yaml')) as Doc[];
  expect(kubeadm.map((d) => d.kind)).toEqual(['InitConfiguration', 'ClusterConfiguration']);
  expect(kubeadm[1]!.networking.podSubnet).toBe('fd00:10:244::/56,10.244.0.0/16');
  expect(kubeadm[1]!.networking.serviceSubnet).toBe('fd00:10:96::/112,10.96.0.0/16');
  expect(kubeadm[0]!.localAPIEndpoint.advertiseAddress).toBe('fd00:192:168:10::11');
  expect(kubeadm[0]!.nodeRegistration.kubeletExtraArgs).toEqual([{ name: 'node-ip', value: 'fd00:192:168:10::11,192.168.10.11' }]);
  // Byte for byte the committed golden files of this plan (tests/domain/render/cases.ts, 'dual-ipv6-primary-one-node'),
  // which tests/domain/render/golden.test.ts checks the renderers against, comments included.
  const golden = (name: string) => readFileSync(`tests/golden/dual-ipv6-primary-one-node/${name}`, 'utf8');
  expect(await downloadFile(page, 'kubeadm-config.yaml')).toBe(golden('kubeadm-config.yaml'));
  expect(await downloadFile(page, 'NEXT-STEPS.md')).toBe(golden('NEXT-STEPS.md'));
  const netConf = JSON.parse(await downloadFile(page, 'net-conf.json'));
  expect(netConf).toEqual({ Network: '10.244.0.0/16', EnableIPv6: true, IPv6Network: 'fd00:10:244::/56', EnableNFTables: false, Backend: { Type: 'vxlan' } });
});

test('2. Flannel v0.20.1 with IPv6 first: the crash explanation appears at podSubnet, and the fix removes it', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./');
  await page.getByRole('radio', { name: 'Dual-stack, IPv6 primary' }).check();
  await page.getByLabel('Flannel version').selectOption('0.20.1');
  await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Pod network/ })).toContainText('1 error');
  await goToStep(page, /Pod network/);
  const podSubnet = page.getByRole('group', { name: 'podSubnet' });
  const alert = podSubnet.getByRole('alert');
  await expect(alert).toContainText('Flannel v0.20.1 crashes with "Address is not an IPv4 address"');
  await alert.getByText('Why').click();
  await expect(alert).toContainText('Fixed in Flannel v0.20.2 (PR #1672)');
  await alert.getByRole('button', { name: 'Put IPv4 first in podSubnet' }).click();
  await expect(podSubnet.getByRole('alert')).toBeEmpty();
  await expect(podSubnet.locator('code').first()).toHaveText('10.244.0.0/16,fd00:10:244::/56');
  await expect(page.getByRole('radio', { name: /IPv4 first/ })).toBeChecked();
});

test('3. IPv4-only in the fewest steps', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./');
  await page.getByRole('radio', { name: 'IPv4 only' }).check();
  await goToStep(page, /Review & download/);
  const kubeadm = loadAll(await downloadFile(page, 'kubeadm-config.yaml')) as Doc[];
  expect(kubeadm[1]!.networking).toEqual({ podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/16', dnsDomain: 'cluster.local' });
  expect(JSON.parse(await downloadFile(page, 'net-conf.json'))).toEqual({ Network: '10.244.0.0/16', EnableNFTables: false, Backend: { Type: 'vxlan' } });
});

test('4. copy the permalink and open it in a new page: the files are the same', async ({ page, context, offOrigin }) => {
  void offOrigin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByRole('radio', { name: 'Dual-stack, IPv6 primary' }).check();
  await goToStep(page, /Nodes/);
  await page.getByRole('button', { name: 'Add node' }).click();
  await page.getByLabel('Name').nth(1).fill('worker-7');
  await goToStep(page, /Flannel/);
  await page.getByLabel('Backend').selectOption('wireguard');
  await goToStep(page, /Review & download/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The address bar also holds the open step; a link to share names none, so it opens on the first step.
  expect(page.url()).toBe(`${link}&step=review`);
  await expect(page.getByRole('heading', { name: 'join-worker-7.yaml' })).toBeVisible();
  const before = await page.locator('pre.code').allTextContents();
  const other = await context.newPage();
  await other.goto(link);
  await goToStep(other, /Review & download/);
  await expect(other.getByRole('heading', { name: 'join-worker-7.yaml' })).toBeVisible();
  expect(await other.locator('pre.code').allTextContents()).toEqual(before);
});

test('5. a malformed permalink shows a message and a usable wizard', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./#v=1&s=99&bp=banana&zz=%3Cscript%3E&n=%%%');
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('s=99: not valid');
  await expect(notice).toContainText('bp=banana: not valid');
  await expect(notice).toContainText('zz=%3Cscript%3E: unknown part');
  await expect(page.locator('script', { hasText: 'alert' })).toHaveCount(0);
  // The address bar drops what could not be read.
  await expect(page).toHaveURL(/#v=1$/);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('radio', { name: 'IPv4 only' }).check();
  await goToStep(page, /Pod network/);
  await expect(page.getByLabel('IPv4 pod CIDR')).toHaveValue('10.244.0.0/16');
});

test('6. paste the write-up config: its problems are listed', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./');
  await page.getByRole('button', { name: 'Start from my files' }).click();
  await page.getByLabel('Paste a file').fill(
    [
      'apiVersion: kubeadm.k8s.io/v1beta3',
      'kind: InitConfiguration',
      'nodeRegistration:',
      '  kubeletExtraArgs:',
      '    node-ip: 2408:4002:116a:0:6c2a:43c9:80c0:6664,192.168.0.1',
      '---',
      'apiVersion: kubeadm.k8s.io/v1beta3',
      'kind: ClusterConfiguration',
      'networking:',
      '  podSubnet: 10.244.0.0/16,2001:db8:42:0::/56',
      '  serviceSubnet: 2001:db8:42:1::/112,10.96.0.0/16',
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  const result = page.getByRole('status').filter({ hasText: 'Problems in your files' });
  await expect(result).toContainText('serviceSubnet lists IPv6 first, but no advertiseAddress is set');
  await expect(result).toContainText('Pod CIDR 2001:db8:42::/56 overlaps Service CIDR 2001:db8:42:1::/112');
  await expect(result).toContainText('documentation prefix 2001:db8::/32');
  // The wizard filled itself in from the file.
  await expect(page.getByRole('radio', { name: 'Dual-stack, IPv6 primary' })).toBeChecked();
  await goToStep(page, /Pod network/);
  await expect(page.getByLabel('IPv6 pod CIDR')).toHaveValue('2001:db8:42:0::/56');
});

test('7. the Chinese UI', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.goto('./');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('heading', { name: '集群', level: 2 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('radio', { name: '双栈，IPv6 为主' }).check();
  await page.getByLabel('Flannel 版本').selectOption('0.20.1');
  await goToStep(page, /Pod 网络/);
  await expect(page.getByRole('group', { name: 'podSubnet' }).getByRole('alert')).toContainText('Flannel v0.20.1 会崩溃');
  // The language is not part of the permalink.
  expect(page.url()).not.toContain('zh');
});

test('the language follows the browser', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4173/');
  await expect(page.getByRole('heading', { name: '集群', level: 2 })).toBeVisible();
  await context.close();
});

test('diagnostics appear in words from the first moment, never as bare rule ids, also after a language switch', async ({ page, offOrigin }) => {
  void offOrigin;
  // Every text a diagnostic ever shows, recorded as the page changes.
  await page.addInitScript(() => {
    const shown = new Set<string>();
    (window as unknown as { shownDiagnostics: Set<string> }).shownDiagnostics = shown;
    new MutationObserver(() => {
      for (const message of document.querySelectorAll('.diagnostic-message')) shown.add(message.textContent ?? '');
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('./#v=1&p4=10.244.0.0/8&sv4=10.0.0.0/8');
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('Pod CIDR 10.0.0.0/8 overlaps Service CIDR');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('region', { name: '问题' })).not.toContainText('Pod CIDR 10.0.0.0/8 overlaps');
  const shown = await page.evaluate(() => [...(window as unknown as { shownDiagnostics: Set<string> }).shownDiagnostics]);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((text) => /:\s*[a-z0-9]+(-[a-z0-9]+)+\s*$/.test(text))).toEqual([]);
});

test('on a wide screen the review step gives the files most of the width', async ({ page, offOrigin }) => {
  void offOrigin;
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('./');
  await goToStep(page, /Review & download/);
  const file = await page.getByRole('region', { name: 'kubeadm-config.yaml' }).boundingBox();
  const problems = await page.getByRole('region', { name: 'Problems' }).boundingBox();
  expect(file!.width).toBeGreaterThan(0.6 * 1400);
  // The problem summary stays beside the files, not below them.
  expect(problems!.x).toBeGreaterThan(file!.x + file!.width);
});
