// Issue 17, point 3: a value outside its limits is an error at its own field, in English and Chinese, at 1400 and
// 360 px, and the previewed files never carry it as if it were valid (no port 0, no join endpoint ending ":0").
import type { Locator, Page } from '@playwright/test';
import { escapeRegExp, expect, expectNoAxeViolations, openStep, stepButton, test } from './fixtures';

const WORDS = {
  en: {
    steps: 'Steps',
    nodes: /Nodes/,
    flannel: /Flannel/,
    oneError: '1 error',
    errorWord: /error/,
    port: 'API server port',
    iface: 'Interface (--iface, optional)',
    preview: 'Preview',
    files: 'Generated files',
    emptyPort: 'The API server port (bindPort) is empty or not a number',
    zeroPort: 'The API server port (bindPort) is 0',
    ifaceSpace: '--iface "eth0 eth1" is neither an IP address nor a possible Linux interface name: it holds white space',
  },
  zh: {
    steps: '步骤',
    nodes: /节点/,
    flannel: /Flannel/,
    oneError: '1 个错误',
    errorWord: /错误/,
    port: 'API Server 端口',
    iface: '网卡（--iface，可选）',
    preview: '预览',
    files: '生成的文件',
    emptyPort: 'API Server 端口（bindPort）为空或不是数字',
    zeroPort: 'API Server 端口（bindPort）为 0',
    ifaceSpace: '--iface "eth0 eth1" 既不是 IP 地址，也不可能是 Linux 网卡名：含有空白字符',
  },
} as const;

// The default plan with a worker, so a join file is generated too.
const START = './#v=1&n=cp-1,c,192.168.10.11,fd00:192:168:10::11;worker-1,w,192.168.10.21,fd00:192:168:10::21';

for (const lang of ['en', 'zh'] as const) {
  for (const width of [1400, 360]) {
    test.describe(`${lang} at ${width} px`, () => {
      test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport: { width, height: 900 } });
      const w = WORDS[lang];
      const expectError = async (page: Page, field: Locator, message: string, step: RegExp) => {
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
        await expect(page.getByRole('main').getByRole('alert').filter({ hasText: message })).toHaveCount(1);
        await expect(stepButton(page, step)).toContainText(w.oneError);
      };
      const previewOf = async (page: Page, name: string): Promise<Locator> => {
        const preview = page.getByRole('region', { name: w.preview, exact: true });
        await preview.getByLabel(w.files, { exact: true }).selectOption(name);
        return preview;
      };

      test('empty port is an error at its field', async ({ page, offOrigin }) => {
        void offOrigin;
        await page.goto(START);
        await openStep(page, w.nodes);
        const port = page.getByLabel(w.port, { exact: true });
        await expect(port).toHaveValue('6443');
        await port.fill('');
        await expectError(page, port, w.emptyPort, w.nodes);
        await expect(stepButton(page, w.flannel)).not.toContainText(w.errorWord);
        await expectNoAxeViolations(page);
        // The files carry no port at all rather than a 0: no bindPort line, a join endpoint kubeadm join refuses.
        const kubeadm = await previewOf(page, 'kubeadm-config.yaml');
        await expect(kubeadm).toContainText('advertiseAddress: 192.168.10.11');
        await expect(kubeadm).not.toContainText('bindPort');
        const join = await previewOf(page, 'join-worker-1.yaml');
        await expect(join).toContainText('apiServerEndpoint: 192.168.10.11');
        await expect(join).not.toContainText('192.168.10.11:');

        // Port 0 typed in is an error too; a port in range clears it and reaches the files.
        await port.fill('0');
        await expectError(page, port, w.zeroPort, w.nodes);
        await port.fill('65535');
        await expect(port).not.toHaveAttribute('aria-invalid', 'true');
        await expect(stepButton(page, w.nodes)).not.toContainText(w.errorWord);
        await expect(join).toContainText('apiServerEndpoint: 192.168.10.11:65535');
      });

      test('an interface name with a space is an error at its field', async ({ page, offOrigin }) => {
        void offOrigin;
        await page.goto(START);
        await openStep(page, w.flannel);
        const iface = page.getByLabel(w.iface, { exact: true });
        await iface.fill('eth0 eth1');
        await expectError(page, iface, w.ifaceSpace, w.flannel);
        await expect(stepButton(page, w.nodes)).not.toContainText(w.errorWord);
        await expectNoAxeViolations(page);
        await iface.fill('eth0');
        await expect(iface).not.toHaveAttribute('aria-invalid', 'true');
        await expect(stepButton(page, w.flannel)).not.toContainText(w.errorWord);
      });
    });
  }
}

