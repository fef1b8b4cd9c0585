// Issue 10, items 1, 7 and 8: nothing the user did is lost (imports merge with undo, links and Back/Forward reach the
// form, steps are history entries, reload keeps step and edit), imports say what they assumed, and focus lands on
// the field or the next problem. Every journey runs at 1400 and 360 px, in English and Chinese.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, goToStep, test } from './fixtures';

const fixture = (name: string): string => readFileSync(new URL(`../tests/fixtures/${name}`, import.meta.url), 'utf8');

const WORDS = {
  en: {
    importTitle: 'Start from my files',
    paste: 'Paste a file',
    read: 'Read pasted text',
    steps: { cluster: 'Cluster', pods: 'Pod network', services: 'Services', nodes: 'Nodes', flannel: 'Flannel' },
    next: 'Next',
    kubernetesVersion: 'Kubernetes version',
    flannelVersion: 'Flannel version',
    dual4: 'Dual-stack, IPv4 primary',
    dual6: 'Dual-stack, IPv6 primary',
    ipv4: 'IPv4 only',
    ipv6: 'IPv6 only',
    podCidr4: 'IPv4 pod CIDR',
    serviceCidr6: 'IPv6 Service CIDR',
    nodeName: 'Name',
    dnsDomain: 'DNS domain',
    backend: 'Backend',
    undo: 'Undo this import',
    undone: 'The import was undone',
    undoneMore: 'The import before it can be undone too.',
    bothKinds: 'Files read so far, checked together: pasted text (kubeadm config + kube-flannel.yml).',
    chooseFlannel: 'Choose the Flannel version',
    changed: 'Primary family: IPv4 → IPv6 (changed)',
    kubernetesFrom: 'Kubernetes version: 1.30.2, from pasted text',
    flannelAssumed: 'Flannel version: not in your files: assumed v0.28.9',
    advertise: 'Your InitConfiguration sets no advertiseAddress; the wizard writes 2408:4002:116a:0:6c2a:43c9:80c0:6664',
    filesRead: 'pasted text 2 (net-conf.json)',
    crash: 'Flannel v0.20.1 crashes with "Address is not an IPv4 address"',
    outside: 'Kubernetes version: 1.22, from pasted text 1.22 is outside the versions this tool knows (1.23–1.37)',
    skip: 'Skip to the form',
    goToField: 'Go to field',
    problems: 'Problems',
  },
  zh: {
    importTitle: '从我的文件开始',
    paste: '粘贴文件内容',
    read: '读取粘贴的内容',
    steps: { cluster: '集群', pods: 'Pod 网络', services: 'Service', nodes: '节点', flannel: 'Flannel' },
    next: '下一步',
    kubernetesVersion: 'Kubernetes 版本',
    flannelVersion: 'Flannel 版本',
    dual4: '双栈，IPv4 为主',
    dual6: '双栈，IPv6 为主',
    ipv4: '仅 IPv4',
    ipv6: '仅 IPv6',
    podCidr4: 'IPv4 Pod CIDR',
    serviceCidr6: 'IPv6 Service CIDR',
    nodeName: '名称',
    dnsDomain: 'DNS 域名',
    backend: '后端',
    undo: '撤销这次导入',
    undone: '已撤销导入',
    undoneMore: '之前的 1 次导入也可以撤销。',
    bothKinds: '目前已读取并一起检查的文件：粘贴的内容 (kubeadm 配置 + kube-flannel.yml)。',
    chooseFlannel: '选择Flannel 版本',
    changed: '主地址族：IPv4 → IPv6（已更改）',
    kubernetesFrom: 'Kubernetes 版本：1.30.2，来自 粘贴的内容',
    flannelAssumed: 'Flannel 版本：文件中没有，假定为向导当前选择的 v0.28.9',
    advertise: '你的 InitConfiguration 没有设置 advertiseAddress；向导写入 2408:4002:116a:0:6c2a:43c9:80c0:6664',
    filesRead: '粘贴的内容 2 (net-conf.json)',
    crash: 'Flannel v0.20.1 会崩溃，报错 "Address is not an IPv4 address"',
    outside: 'Kubernetes 版本：1.22，来自 粘贴的内容 1.22 不在本工具已知的版本范围内（1.23–1.37）',
    skip: '跳到表单',
    goToField: '转到字段',
    problems: '问题',
  },
} as const;
type Lang = keyof typeof WORDS;

const CASES = (['en', 'zh'] as const).flatMap((lang) => [1400, 360].map((width) => ({ lang, width })));

async function open(page: Page, lang: Lang, width: number, hash = ''): Promise<(typeof WORDS)[Lang]> {
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript((l) => localStorage.setItem('dualstack-wizard.lang', l), lang);
  await page.goto(`./${hash}`);
  const w = WORDS[lang];
  await expect(page.getByRole('heading', { level: 2, name: w.steps.cluster })).toBeVisible();
  return w;
}

async function paste(page: Page, w: (typeof WORDS)[Lang], text: string): Promise<void> {
  await page.getByLabel(w.paste).fill(text);
  await page.getByRole('button', { name: w.read }).click();
}

// kube-flannel-cfg as kube-flannel.yml ships it, with another backend than the wizard's default.
const FLANNEL_CFG = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: kube-flannel-cfg', '  namespace: kube-flannel', 'data:', '  net-conf.json: |', '    { "Network": "10.244.0.0/16", "EnableIPv6": true, "IPv6Network": "2001:db8:42::/56", "Backend": { "Type": "host-gw" } }', ''].join('\n');

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

for (const { lang, width } of CASES) {
  test.describe(`${lang} at ${width} px`, () => {
    test('import kubeadm then net-conf.json: the plan keeps both, says what it set and assumed, and undoes', async ({ page, offOrigin }) => {
      void offOrigin;
      const w = await open(page, lang, width);
      await page.getByRole('button', { name: w.importTitle }).click();
      await paste(page, w, fixture('writeup-kubeadm.yaml'));
      await expect(page.getByRole('listitem').filter({ hasText: w.changed })).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: w.kubernetesFrom })).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: w.advertise })).toBeVisible();
      await paste(page, w, fixture('writeup-net-conf.json'));
      await expect(page.getByText(w.filesRead)).toBeVisible();
      // net-conf.json names no Flannel version: the panel says which it assumed and offers the choice.
      await expect(page.getByRole('listitem').filter({ hasText: w.flannelAssumed })).toBeVisible();
      await expectNoAxeViolations(page);

      // The second file did not reset what the first one set.
      await expect(page.getByRole('radio', { name: w.dual6 })).toBeChecked();
      await expect(page.getByLabel(w.kubernetesVersion, { exact: true })).toHaveValue('1.30.2');
      await goToStep(page, w.steps.services);
      await expect(page.getByLabel(w.serviceCidr6)).toHaveValue('2001:db8:42:1::/112');
      await goToStep(page, w.steps.nodes);
      await expect(page.getByLabel(w.nodeName).first()).toHaveValue('master');

      // The one-click version choice reaches the form.
      await page.getByLabel(w.chooseFlannel).selectOption('0.20.1');
      await goToStep(page, w.steps.cluster);
      await expect(page.getByLabel(w.flannelVersion, { exact: true })).toHaveValue('0.20.1');

      // Undo takes back the last import only: the kubeadm file's plan stays, and its results show again.
      await page.getByRole('button', { name: w.undo }).click();
      await expect(page.getByText(w.undone)).toBeVisible();
      await expect(page.getByText(w.undoneMore)).toBeVisible();
      await expect(page.getByRole('radio', { name: w.dual6 })).toBeChecked();
      await expect(page.getByRole('listitem').filter({ hasText: w.kubernetesFrom })).toBeVisible();
      // Undo again takes back the one before it: the page as it opened, with nothing left to undo.
      await page.getByRole('button', { name: w.undo }).click();
      await expect(page.getByRole('radio', { name: w.dual4 })).toBeChecked();
      await expect(page.getByLabel(w.kubernetesVersion, { exact: true })).not.toHaveValue('1.30.2');
      await expect(page.getByText(w.undoneMore)).toHaveCount(0);
      await expect(page.getByRole('button', { name: w.undo })).toHaveCount(0);
    });

    test('a kubeadm config and a kube-flannel-cfg pasted as one text are named as both', async ({ page, offOrigin }) => {
      void offOrigin;
      const w = await open(page, lang, width);
      await page.getByRole('button', { name: w.importTitle }).click();
      await paste(page, w, `${fixture('writeup-kubeadm.yaml')}---\n${FLANNEL_CFG}`);
      await expect(page.getByRole('status').filter({ hasText: w.bothKinds })).toBeVisible();
      // The Flannel half is read too: its backend reaches the Flannel step.
      await goToStep(page, w.steps.flannel);
      await expect(page.getByLabel(w.backend)).toHaveValue('host-gw');
    });

    test('an import says which versions it assumed, offers the choice, and notes a release outside the known range', async ({ page, offOrigin }) => {
      void offOrigin;
      const w = await open(page, lang, width);
      await page.getByRole('button', { name: w.importTitle }).click();
      const cluster = (version: string) =>
        ['apiVersion: kubeadm.k8s.io/v1beta3', 'kind: ClusterConfiguration', `kubernetesVersion: ${version}`, 'networking:', '  podSubnet: fd00:10:244::/56,10.244.0.0/16', '  serviceSubnet: fd00:10:96::/112,10.96.0.0/16'].join('\n');
      await paste(page, w, cluster('v1.22.0'));
      await expect(page.getByRole('listitem').filter({ hasText: w.outside })).toBeVisible();
      // No Flannel file: the newest is assumed, so an IPv6-first podSubnet shows no crash until the real version is chosen.
      await expect(page.getByRole('listitem').filter({ hasText: w.flannelAssumed })).toBeVisible();
      const problems = page.getByRole('region', { name: w.problems });
      await expect(problems).not.toContainText(w.crash);
      await page.getByLabel(w.chooseFlannel).selectOption('0.20.1');
      await expect(problems).toContainText(w.crash);
    });

    test('a link pasted into the open tab reaches the form; Back and Forward move between it and the plan before', async ({ page, offOrigin }) => {
      void offOrigin;
      const w = await open(page, lang, width, '#v=1&s=4');
      await expect(page.getByRole('radio', { name: w.ipv4 })).toBeChecked();
      // A fragment navigation in the same document, as typing it into the address bar does.
      await page.goto('./#v=1&s=6&step=pods');
      await expect(stepHeading(page, w.steps.pods)).toBeVisible();
      await goToStep(page, w.steps.cluster);
      await expect(page.getByRole('radio', { name: w.ipv6 })).toBeChecked();
      await page.goBack(); // the pasted link's Pod network step
      await expect(stepHeading(page, w.steps.pods)).toBeVisible();
      await page.goBack(); // the plan before the link
      await expect(stepHeading(page, w.steps.cluster)).toBeVisible();
      await expect(page.getByRole('radio', { name: w.ipv4 })).toBeChecked();
      await expect(page).toHaveURL(/#v=1&s=4$/);
      await page.goForward();
      await expect(stepHeading(page, w.steps.pods)).toBeVisible();
      await goToStep(page, w.steps.cluster);
      await expect(page.getByRole('radio', { name: w.ipv6 })).toBeChecked();
    });

    test('steps are history entries and edits are not: Back returns to the step and keeps the edit', async ({ page, offOrigin }) => {
      void offOrigin;
      const w = await open(page, lang, width);
      await page.getByRole('button', { name: new RegExp(`^${w.next}`) }).click();
      await expect(stepHeading(page, w.steps.pods)).toBeVisible();
      await page.getByLabel(w.podCidr4).fill('10.50.0.0/16');
      await page.getByLabel(w.podCidr4).fill('10.60.0.0/16');
      await page.goBack();
      await expect(stepHeading(page, w.steps.cluster)).toBeVisible();
      await expect(page).toHaveURL(/#v=1&p4=10\.60\.0\.0\/16$/);
      await page.goForward();
      await expect(stepHeading(page, w.steps.pods)).toBeVisible();
      await expect(page.getByLabel(w.podCidr4)).toHaveValue('10.60.0.0/16');
    });

    test('the skip link moves focus without touching the plan in the address bar; reload returns to the step with the last edit', async ({ page, offOrigin }) => {
      void offOrigin;
      const w = await open(page, lang, width);
      await goToStep(page, w.steps.services);
      await page.getByLabel(w.dnsDomain).fill('example.test');
      const skip = page.getByRole('link', { name: w.skip });
      await skip.focus();
      await page.keyboard.press('Enter');
      await expect(stepHeading(page, w.steps.services)).toBeFocused();
      await expect(page).not.toHaveURL(/step-heading/);
      // Reload at once: the last edit is written when the page is left, not only after the pause in typing.
      await page.getByLabel(w.dnsDomain).fill('example.org');
      await page.reload();
      await expect(stepHeading(page, w.steps.services)).toBeVisible();
      await expect(page.getByLabel(w.dnsDomain)).toHaveValue('example.org');
      await expect(page).toHaveURL(/#v=1&d=example\.org&step=services$/);
    });

    test('"Go to field" focuses the field on its step\'s first visit; a one-click fix leaves focus on the field or the next problem', async ({ page, offOrigin }) => {
      void offOrigin;
      const w = await open(page, lang, width, '#v=1&p4=10.244.1.0/16');
      const problems = page.getByRole('region', { name: w.problems });
      const fix = problems.getByRole('button', { name: /10\.244\.0\.0\/16/ });
      await expect(fix).toBeVisible();
      await problems.getByRole('button', { name: w.goToField }).first().click();
      await expect(page.getByLabel(w.podCidr4)).toBeFocused();
      // On the field's step, the fix focuses the fixed field.
      await page.getByRole('group', { name: 'podSubnet' }).getByRole('button', { name: /10\.244\.0\.0\/16/ }).or(page.locator('form').getByRole('button', { name: /10\.244\.0\.0\/16/ })).first().click();
      await expect(page.getByLabel(w.podCidr4)).toHaveValue('10.244.0.0/16');
      await expect(page.getByLabel(w.podCidr4)).toBeFocused();

      // From another step, it focuses the next problem (or the list's heading), never <body>.
      await page.getByLabel(w.podCidr4).fill('10.244.1.0/16');
      await goToStep(page, w.steps.cluster);
      await problems.getByRole('button', { name: /10\.244\.0\.0\/16/ }).click();
      await expect(problems.getByRole('button', { name: /10\.244\.0\.0\/16/ })).toHaveCount(0);
      await expect(problems.locator(':focus')).toHaveCount(1);
    });
  });
}
