// Issue 10 item 2: each problem where it was made. Bad text in each CIDR and address field is marked at that
// field (aria-invalid, the message beside it), counted once on the step that holds the field, and never on an
// untouched field; where download is offered, the page says the plan has errors.
import type { Locator, Page } from '@playwright/test';
import { escapeRegExp, expect, expectNoAxeViolations, openStep, stepButton, test } from './fixtures';

const WORDS = {
  en: {
    steps: 'Steps',
    pods: /Pod network/,
    services: /Services/,
    nodes: /Nodes/,
    flannel: /Flannel/,
    review: /Review & download/,
    oneError: '1 error',
    errorWord: /error/,
    podCidr: (f: string) => `${f} pod CIDR`,
    serviceCidr: (f: string) => `${f} Service CIDR`,
    nodeIp: (f: string) => `${f} address`,
    advertise: 'Advertise address (optional)',
    endpoint: 'Control-plane endpoint (optional)',
    worker: /Node 2: worker-1/,
    preview: 'Preview',
    errorsBlock: '1 error: kubeadm or a component will fail with these files.',
    messages: {
      hello: 'IPv4 pod CIDR "hello" does not parse: "hello" is not an IP address',
      prefix: 'IPv6 pod CIDR "fd00::/129" does not parse: the prefix /129 is over 128',
      space: 'IPv4 Service CIDR " 10.96.0.0/16" does not parse: it starts with a space, and kubeadm does not trim spaces',
      comma: 'IPv6 Service CIDR "fd00:10:96::/112," does not parse: it ends with a comma',
      family: 'The IPv4 pod CIDR field holds an IPv6 CIDR, "fd00::/56"',
      worker: 'The IPv4 address of worker-1 does not parse: "garbage" is not an IP address',
      init: 'The IPv6 address of cp-1 does not parse: "fd00::1/64" has a /prefix; a node address takes none',
      advertise: 'advertiseAddress "192.168.10.11,fd00::11" is not a single IP address: it is a list',
      endpoint: 'controlPlaneEndpoint "[fd00::1]" is not a valid host or host:port',
    },
  },
  zh: {
    steps: '步骤',
    pods: /Pod 网络/,
    services: /Service/,
    nodes: /节点/,
    flannel: /Flannel/,
    review: /检查与下载/,
    oneError: '1 个错误',
    errorWord: /错误/,
    podCidr: (f: string) => `${f} Pod CIDR`,
    serviceCidr: (f: string) => `${f} Service CIDR`,
    nodeIp: (f: string) => `${f} 地址`,
    advertise: '通告地址（可选）',
    endpoint: '控制面端点（可选）',
    worker: /节点 2：worker-1/,
    preview: '预览',
    errorsBlock: '1 个错误：用这些文件，kubeadm 或某个组件会失败。',
    messages: {
      hello: 'IPv4 Pod CIDR "hello" 无法解析："hello" 不是 IP 地址',
      prefix: 'IPv6 Pod CIDR "fd00::/129" 无法解析：前缀 /129 超过了 128',
      space: 'IPv4 Service CIDR " 10.96.0.0/16" 无法解析：以空格开头，而 kubeadm 不去除空格',
      comma: 'IPv6 Service CIDR "fd00:10:96::/112," 无法解析：以逗号结尾',
      family: 'IPv4 Pod CIDR 字段填的是 IPv6 CIDR："fd00::/56"',
      worker: 'worker-1 的 IPv4 地址无法解析："garbage" 不是 IP 地址',
      init: 'cp-1 的 IPv6 地址无法解析："fd00::1/64" 带有 /前缀，节点地址不带前缀',
      advertise: 'advertiseAddress "192.168.10.11,fd00::11" 不是单个 IP 地址：它是一个列表',
      endpoint: 'controlPlaneEndpoint "[fd00::1]" 不是有效的 主机 或 主机:端口',
    },
  },
} as const;

// The default plan with a worker, so an untouched node and the derived advertise address are on the page too.
const START = './#v=1&n=cp-1,c,192.168.10.11,fd00:192:168:10::11;worker-1,w,192.168.10.21,fd00:192:168:10::21';

for (const lang of ['en', 'zh'] as const) {
  for (const width of [1400, 360]) {
    test.describe(`${lang} at ${width} px`, () => {
      test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', viewport: { width, height: 900 } });
      const w = WORDS[lang];

      /** Types bad text into a field: the field alone is marked, with its message, and its step alone counts it. */
      async function expectMarked(page: Page, field: Locator, text: string, message: string, step: RegExp) {
        await field.fill(text);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
        await expect(stepButton(page, step)).toContainText(w.oneError);
        for (const other of [w.pods, w.services, w.nodes, w.flannel].filter((s) => s !== step)) await expect(stepButton(page, other)).not.toContainText(w.errorWord);
        await expect(page.getByRole('main').getByRole('alert').filter({ hasText: message })).toHaveCount(1);
      }

      async function expectClean(page: Page, field: Locator, text: string, step: RegExp) {
        await field.fill(text);
        await expect(field).not.toHaveAttribute('aria-invalid', 'true');
        await expect(stepButton(page, step)).not.toContainText(w.errorWord);
      }

      test('bad text in each pod and Service CIDR field is marked there and counted once, on its own step', async ({ page, offOrigin }) => {
        void offOrigin;
        await page.goto(START);
        await openStep(page, w.pods);
        const pod4 = page.getByLabel(w.podCidr('IPv4'), { exact: true });
        const pod6 = page.getByLabel(w.podCidr('IPv6'), { exact: true });
        await expectMarked(page, pod4, 'hello', w.messages.hello, w.pods);
        // The field's own red state, not only an attribute.
        await expect(pod4).toHaveCSS('border-top-width', '2px');
        await expectNoAxeViolations(page);
        await expectMarked(page, pod4, 'fd00::/56', w.messages.family, w.pods);
        await expectClean(page, pod4, '10.244.0.0/16', w.pods);
        await expectMarked(page, pod6, 'fd00::/129', w.messages.prefix, w.pods);
        await expect(pod4).not.toHaveAttribute('aria-invalid', 'true');
        await expectClean(page, pod6, 'fd00:10:244::/56', w.pods);

        await openStep(page, w.services);
        const svc4 = page.getByLabel(w.serviceCidr('IPv4'), { exact: true });
        const svc6 = page.getByLabel(w.serviceCidr('IPv6'), { exact: true });
        await expectMarked(page, svc4, ' 10.96.0.0/16', w.messages.space, w.services);
        await expectClean(page, svc4, '10.96.0.0/16', w.services);
        await expectMarked(page, svc6, 'fd00:10:96::/112,', w.messages.comma, w.services);
        await expectNoAxeViolations(page);
        await expectClean(page, svc6, 'fd00:10:96::/112', w.services);
      });

      test('a bad node address is flagged at that node\'s field, never on the untouched advertise address', async ({ page, offOrigin }) => {
        void offOrigin;
        await page.goto(START);
        await openStep(page, w.nodes);
        const advertise = page.getByLabel(w.advertise, { exact: true });
        const worker = page.getByRole('group', { name: w.worker });
        const worker4 = worker.getByLabel(w.nodeIp('IPv4'), { exact: true });
        await expectMarked(page, worker4, 'garbage', w.messages.worker, w.nodes);
        await expect(advertise).not.toHaveAttribute('aria-invalid', 'true');
        await expectNoAxeViolations(page);
        await expectClean(page, worker4, '192.168.10.21', w.nodes);

        // The init node's address is also the advertise address the wizard writes: still flagged at the node field.
        const init6 = page.getByLabel(w.nodeIp('IPv6'), { exact: true }).first();
        await expectMarked(page, init6, 'fd00::1/64', w.messages.init, w.nodes);
        await expect(advertise).not.toHaveAttribute('aria-invalid', 'true');
        await expectClean(page, init6, 'fd00:192:168:10::11', w.nodes);

        // Typed into the advertise field itself, it is marked there.
        await expectMarked(page, advertise, '192.168.10.11,fd00::11', w.messages.advertise, w.nodes);
        await expectClean(page, advertise, '', w.nodes);

        const endpoint = page.getByLabel(w.endpoint, { exact: true });
        await expectMarked(page, endpoint, '[fd00::1]', w.messages.endpoint, w.nodes);
        await expectClean(page, endpoint, '', w.nodes);
      });

      test('where download is offered, the files say the plan has errors', async ({ page, offOrigin }) => {
        void offOrigin;
        await page.goto(START);
        await openStep(page, w.pods);
        await page.getByLabel(w.podCidr('IPv4'), { exact: true }).fill('10.244.0.0/16,');
        const preview = page.getByRole('region', { name: w.preview, exact: true });
        await expect(preview).toContainText(w.errorsBlock);
        await openStep(page, w.review);
        await expect(page.getByRole('main').getByRole('alert').filter({ hasText: w.errorsBlock })).toBeVisible();
        await openStep(page, w.pods);
        await page.getByLabel(w.podCidr('IPv4'), { exact: true }).fill('10.244.0.0/16');
        await expect(preview).not.toContainText(w.errorsBlock);
      });
    });
  }
}

