// Issue 17: an interface typed on the Flannel step reaches all three ways of installing Flannel in the downloaded
// zip, and the review step shows the ConfigMap way's patch. At 1400 px and 360 px, in English and Chinese.
import { strFromU8, unzipSync } from 'fflate';
import { load } from 'js-yaml';
import { analyzeFiles } from '../src/domain/parse/files';
import { expect, goToStep, test } from './fixtures';

const WORDS = {
  en: { review: /Review & download/, iface: 'Interface (--iface, optional)', downloadAll: 'Download all (.zip)', configMap: 'The ConfigMap' },
  zh: { review: /检查与下载/, iface: '网卡（--iface，可选）', downloadAll: '全部下载（.zip）', configMap: '用 ConfigMap' },
};
const PATCH = `kubectl -n kube-flannel patch daemonset kube-flannel-ds --type json -p '[{"op":"test","path":"/spec/template/spec/containers/0/name","value":"kube-flannel"},{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--iface=ens3"}]'`;

for (const width of [1400, 360]) {
  for (const lang of ['en', 'zh'] as const) {
    test(`--iface typed on the Flannel step reaches every way of the zip (${lang}, ${width} px)`, async ({ page, offOrigin }) => {
      void offOrigin;
      const w = WORDS[lang];
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./#v=1');
      if (lang === 'zh') await page.getByLabel('Language').selectOption('zh');
      await goToStep(page, /Flannel/);
      await page.getByLabel(w.iface).fill('ens3');
      await goToStep(page, w.review);

      // The guide on the page: the ConfigMap way ends with the patch that adds --iface.
      await page.getByRole('radio', { name: w.configMap }).check();
      await expect(page.getByText(PATCH)).toBeVisible();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.downloadAll, exact: true }).click()]);
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      const zip = unzipSync(new Uint8Array(Buffer.concat(chunks)));
      const file = (name: string) => strFromU8(zip[`dualstack-wizard/${name}`]!);

      const kustomization = load(file('kustomization.yaml')) as { patches: Array<{ target: Record<string, string>; patch: string }> };
      expect(kustomization.patches[1]!.target).toEqual({ kind: 'DaemonSet', name: 'kube-flannel-ds', namespace: 'kube-flannel' });
      expect(load(kustomization.patches[1]!.patch)).toContainEqual({ op: 'add', path: '/spec/template/spec/containers/0/args/-', value: '--iface=ens3' });
      expect((load(file('flannel-values.yaml')) as { flannel: { args: string[] } }).flannel.args).toEqual(['--ip-masq', '--kube-subnet-mgr', '--iface=ens3']);
      expect(file('NEXT-STEPS.md').split('\n')).toContain(PATCH);
      // check reads it back from each way's file alone.
      for (const name of ['kustomization.yaml', 'flannel-values.yaml']) expect(analyzeFiles([{ path: name, text: file(name) }]).plan.flannel.iface, name).toBe('ens3');
    });
  }
}
