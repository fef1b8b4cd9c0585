// Issue 12: the address-space picture. A dual-stack plan with three nodes shows each family's picture on the Pod
// network and Services steps (and the review step); its table lists the first three blocks of each family; a /80
// IPv6 node mask re-cuts the IPv6 picture; an overlapping Service range is highlighted in the diagnostics' warning
// colour; the blocks answer focus, arrow keys and hover; the SVG download is a standalone SVG document.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, readDownload, test } from './fixtures';

const WORDS = {
  en: {
    locale: 'en-US',
    steps: 'Steps',
    pods: /Pod network/,
    services: /Services/,
    review: /Review & download/,
    name4: 'IPv4 pod CIDR 10.244.0.0/16: 256 node blocks of /24, 3 used',
    name6: 'IPv6 pod CIDR fd00:10:244::/56: 256 node blocks of /64, 3 used',
    name6one: 'IPv6 pod CIDR fd00:10:244::/64: 1 node block of /64, 1 used',
    name6recut: 'IPv6 pod CIDR fd00:10:244::/64: 65,536 node blocks of /80, 3 used',
    table: (f: string) => `${f} as a table`,
    caption: (f: string) => `${f}: first node blocks, Service IP and DNS IP, node addresses and overlaps`,
    block: (n: number) => `Block ${n}`,
    planned: 'for a planned node (nodes get blocks in the order they register)',
    free: 'free',
    kubernetesIp: 'kubernetes Service IP',
    dnsIp: 'DNS IP',
    serviceRow: 'Service CIDR',
    nodeMask6: 'IPv6 node mask (node-cidr-mask-size-ipv6)',
    serviceCidr4: 'IPv4 Service CIDR',
    overlap: 'warning: overlaps the pod CIDR 10.244.0.0/16',
    toolbar: (f: string) => `${f} blocks and addresses (arrow keys move)`,
    export: 'Download the picture (SVG)',
    title: 'Address space of the plan',
  },
  zh: {
    locale: 'zh-CN',
    steps: '步骤',
    pods: /Pod 网络/,
    services: /Service/,
    review: /检查与下载/,
    name4: 'IPv4 Pod CIDR 10.244.0.0/16：256 个 /24 节点网段，已用 3 个',
    name6: 'IPv6 Pod CIDR fd00:10:244::/56：256 个 /64 节点网段，已用 3 个',
    name6one: 'IPv6 Pod CIDR fd00:10:244::/64：1 个 /64 节点网段，已用 1 个',
    name6recut: 'IPv6 Pod CIDR fd00:10:244::/64：65,536 个 /80 节点网段，已用 3 个',
    table: (f: string) => `${f} 的表格`,
    caption: (f: string) => `${f}：最前面的节点网段、Service IP 和 DNS IP、节点地址及重叠`,
    block: (n: number) => `第 ${n} 个网段`,
    planned: '分配给规划中的节点（节点按注册顺序获得网段）',
    free: '空闲',
    kubernetesIp: 'kubernetes Service IP',
    dnsIp: 'DNS IP',
    serviceRow: 'Service CIDR',
    nodeMask6: 'IPv6 节点掩码（node-cidr-mask-size-ipv6）',
    serviceCidr4: 'IPv4 Service CIDR',
    overlap: '警告：与 Pod CIDR 10.244.0.0/16 重叠',
    toolbar: (f: string) => `${f} 的网段和地址（用方向键移动）`,
    export: '下载这张图（SVG）',
    title: '规划的地址空间',
  },
} as const;

const NODES = 'n=cp-1,c,192.168.10.11,fd00:192:168:10::11;worker-1,w,192.168.10.21,fd00:192:168:10::21;worker-2,w,192.168.10.22,fd00:192:168:10::22';
const THREE_NODES = `./#v=1&${NODES}`;
// The same plan with an IPv6 /64 pod range: the default /64 node mask leaves room for one node.
const IPV6_64 = `./#v=1&p6=fd00:10:244::/64&${NODES}`;

type Words = (typeof WORDS)[keyof typeof WORDS];

const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function open(page: Page, w: Words, step: RegExp): Promise<void> {
  const button = page.getByRole('navigation', { name: w.steps }).getByRole('button', { name: step });
  await button.click();
  await expect(button).toHaveAttribute('aria-current', 'step');
}

/** The rows of a family's text alternative (opened), as [what, range, note]. */
async function tableRows(page: Page, w: Words, family: string): Promise<string[][]> {
  const summary = page.getByText(w.table(family), { exact: true });
  const table = page.getByRole('table', { name: w.caption(family) });
  if (!(await table.isVisible())) await summary.click();
  await expect(table).toBeVisible();
  return table.getByRole('row').evaluateAll((rows) => rows.slice(1).map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')));
}

for (const [lang, w] of Object.entries(WORDS) as Array<[keyof typeof WORDS, Words]>) {
  for (const width of [1400, 360]) {
    test.describe(`${lang} at ${width} px`, () => {
      test.use({ locale: w.locale, viewport: { width, height: 900 } });

      test('a dual-stack plan with three nodes: both pictures on the Pod network, Services and review steps; the table lists the first three blocks', async ({ page, offOrigin }) => {
        void offOrigin;
        await page.goto(THREE_NODES);
        for (const step of [w.pods, w.services, w.review]) {
          await open(page, w, step);
          await expect(page.getByRole('img', { name: w.name4, exact: true })).toBeVisible();
          await expect(page.getByRole('img', { name: w.name6, exact: true })).toBeVisible();
          expect(await sidewaysOverflow(page), 'page wider than the window').toBeLessThanOrEqual(0);
        }
        await open(page, w, w.pods);
        const v4 = await tableRows(page, w, 'IPv4');
        expect(v4.slice(0, 5)).toEqual([
          ['Pod CIDR', '10.244.0.0/16', '—'],
          [w.block(1), '10.244.0.0/24', w.planned],
          [w.block(2), '10.244.1.0/24', w.planned],
          [w.block(3), '10.244.2.0/24', w.planned],
          [w.block(4), '10.244.3.0/24', w.free],
        ]);
        expect(v4).toContainEqual([w.serviceRow, '10.96.0.0/16', '—']);
        expect(v4).toContainEqual([w.kubernetesIp, '10.96.0.1', '—']);
        expect(v4).toContainEqual([w.dnsIp, '10.96.0.10', '—']);
        const v6 = await tableRows(page, w, 'IPv6');
        expect(v6.slice(1, 4)).toEqual([
          [w.block(1), 'fd00:10:244::/64', w.planned],
          [w.block(2), 'fd00:10:244:1::/64', w.planned],
          [w.block(3), 'fd00:10:244:2::/64', w.planned],
        ]);
        // kubeadm takes the kubernetes Service IP and the DNS IP from the first Service CIDR only: IPv4 here.
        expect(v6.map((row) => row[0])).not.toContain(w.kubernetesIp);
        expect(await sidewaysOverflow(page), 'page wider than the window with the tables open').toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
      });

      test('changing the IPv6 node mask from 64 to 80 re-cuts the IPv6 picture', async ({ page, offOrigin }) => {
        void offOrigin;
        await page.goto(IPV6_64);
        await open(page, w, w.pods);
        await expect(page.getByRole('img', { name: w.name6one, exact: true })).toBeVisible();
        await page.getByLabel(w.nodeMask6, { exact: true }).fill('80');
        await expect(page.getByRole('img', { name: w.name6recut, exact: true })).toBeVisible();
        await expect(page.getByRole('img', { name: w.name6one, exact: true })).toHaveCount(0);
        // The IPv4 picture is as it was.
        await expect(page.getByRole('img', { name: w.name4, exact: true })).toBeVisible();
        const v6 = await tableRows(page, w, 'IPv6');
        expect(v6.slice(1, 5).map((row) => row.slice(0, 2))).toEqual([
          [w.block(1), 'fd00:10:244::/80'],
          [w.block(2), 'fd00:10:244:0:1::/80'],
          [w.block(3), 'fd00:10:244:0:2::/80'],
          [w.block(4), 'fd00:10:244:0:3::/80'],
        ]);
      });

      test('an overlapping Service range is highlighted in the diagnostics\' warning colour', async ({ page, offOrigin }) => {
        void offOrigin;
        await page.goto(THREE_NODES);
        await open(page, w, w.services);
        await page.getByLabel(w.serviceCidr4, { exact: true }).fill('10.244.1.0/24');
        const table = page.getByRole('table', { name: w.caption('IPv4') });
        await tableRows(page, w, 'IPv4');
        // The picture follows the field after the keystroke's frame.
        await expect(table.getByRole('cell', { name: w.overlap, exact: true })).toBeVisible();
        const rows = await tableRows(page, w, 'IPv4');
        expect(rows).toContainEqual([w.serviceRow, '10.244.1.0/24', w.overlap]);
        // The block the Service range takes is skipped: the third node gets 10.244.3.0/24.
        expect(rows.slice(1, 4).map((row) => row[1])).toEqual(['10.244.0.0/24', '10.244.2.0/24', '10.244.3.0/24']);
        const cell = table.getByRole('cell', { name: w.overlap, exact: true });
        // --warning of the light theme (styles.css), as the warnings in the problem list use it.
        await expect(cell).toHaveCSS('color', 'rgb(122, 77, 0)');
        const serviceBar = page.getByRole('toolbar', { name: w.toolbar('IPv4') }).getByRole('button', { name: new RegExp(`^Service CIDR 10\\.244\\.1\\.0/24; ${w.overlap}`) });
        await expect(serviceBar).toHaveCount(1);
        await expectNoAxeViolations(page);
      });
    });
  }
}

test.describe('keyboard, hover and export (en, 1400 px)', () => {
  test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } });

  test('the blocks are one tab stop per family; arrow keys and hover show each block\'s range and use', async ({ page, offOrigin }) => {
    void offOrigin;
    await page.goto(THREE_NODES);
    await open(page, WORDS.en, WORDS.en.pods);
    const toolbar = page.getByRole('toolbar', { name: WORDS.en.toolbar('IPv4') });
    const first = toolbar.getByRole('button', { name: 'Block 1: 10.244.0.0/24 (10.244.0.0 – 10.244.0.255), for a planned node (nodes get blocks in the order they register)' });
    // Tab from the last control before the picture reaches the first block; the next Tab leaves the blocks.
    await expect(first).toHaveAttribute('tabindex', '0');
    await page.getByRole('radio', { name: 'Primary family first' }).focus();
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByText('IPv4 as a table', { exact: true })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(first).toBeFocused();
    await expect(page.getByText('Block 1: 10.244.0.0/24 (10.244.0.0 – 10.244.0.255), for a planned node', { exact: false })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    const second = toolbar.getByRole('button', { name: /^Block 2: 10\.244\.1\.0\/24/ });
    await expect(second).toBeFocused();
    await expect(second).toHaveAttribute('tabindex', '0');
    await expect(first).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('End');
    await expect(toolbar.getByRole('button').last()).toBeFocused();
    // Tab leaves the family's blocks at once.
    await page.keyboard.press('Shift+Tab');
    await expect(toolbar.getByRole('button').last()).not.toBeFocused();
    const next = toolbar.getByRole('button', { name: /^Block 4: 10\.244\.3\.0\/24 .*, free$/ });
    await next.hover();
    await expect(page.getByText('Block 4: 10.244.3.0/24 (10.244.3.0 – 10.244.3.255), free', { exact: true })).toBeVisible();
    await expect(toolbar.getByRole('button', { name: 'kubernetes Service IP: 10.96.0.1' })).toHaveCount(1);
    await expect(toolbar.getByRole('button', { name: 'DNS IP: 10.96.0.10' })).toHaveCount(1);
    await expect(toolbar.getByRole('button', { name: 'cp-1 192.168.10.11' })).toHaveCount(1);
  });

  test('the SVG download is a standalone SVG document with the picture\'s title and both families', async ({ page, offOrigin }) => {
    void offOrigin;
    await page.goto(THREE_NODES);
    await open(page, WORDS.en, WORDS.en.services);
    await expect(page.getByRole('img', { name: WORDS.en.name6, exact: true })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: WORDS.en.export }).click()]);
    expect(download.suggestedFilename()).toBe('address-space.svg');
    const svg = await readDownload(download);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // Parsed back as XML on its own (no page, no stylesheet).
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: `${root.namespaceURI} ${root.localName}`,
        title: root.querySelector(':scope > title')?.textContent,
        desc: root.querySelector(':scope > desc')?.textContent,
        drawings: root.querySelectorAll(':scope > svg').length,
        texts,
        classes: doc.querySelectorAll('[class]').length,
        filled: [...doc.querySelectorAll('rect')].every((r) => r.getAttribute('fill') !== null),
      };
    }, svg);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe('http://www.w3.org/2000/svg svg');
    expect(parsed.title).toBe(WORDS.en.title);
    expect(parsed.desc).toBe(`${WORDS.en.name4}\n${WORDS.en.name6}`);
    expect(parsed.drawings).toBe(2);
    expect(parsed.texts).toEqual(expect.arrayContaining([WORDS.en.title, 'IPv4 pod CIDR 10.244.0.0/16', 'IPv6 pod CIDR fd00:10:244::/56', 'Service CIDR 10.96.0.0/16', 'kubernetes Service IP 10.96.0.1', 'DNS IP 10.96.0.10']));
    // Colours are written on the shapes: the file needs no stylesheet.
    expect(parsed.classes).toBe(0);
    expect(parsed.filled).toBe(true);
  });
});

test.describe('dark theme at 360 px', () => {
  test.use({ locale: 'en-US', viewport: { width: 360, height: 800 }, colorScheme: 'dark' });

  test('the picture and its tables stay inside the window and axe is clean', async ({ page, offOrigin }) => {
    void offOrigin;
    await page.goto(`./#v=1&p4=10.0.0.0/16&s4=10.0.1.0/24&${NODES}`);
    await open(page, WORDS.en, WORDS.en.pods);
    await expect(page.getByRole('img', { name: 'IPv4 pod CIDR 10.0.0.0/16: 256 node blocks of /24, 3 used', exact: true })).toBeVisible();
    await tableRows(page, WORDS.en, 'IPv4');
    await tableRows(page, WORDS.en, 'IPv6');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // --warning of the dark theme.
    await expect(page.getByRole('table', { name: WORDS.en.caption('IPv4') }).getByRole('cell', { name: 'warning: overlaps the pod CIDR 10.0.0.0/16', exact: true })).toHaveCSS('color', 'rgb(255, 211, 107)');
    await expectNoAxeViolations(page);
  });
});
