// What to do with the files, in order, adapted to the plan: one structured guide that the review step shows as
// elements (with the files and copyable commands in place) and NEXT-STEPS.md writes as markdown.
import { canonicalCidrList, familyLabel, parseIp } from '../cidr';
import { type Plan, type PlanNode, initNode, nodeIpText } from '../plan';
import { resolvePlan } from '../resolve';
import { parseKubernetesVersion } from '../versions';
import { canonical, daemonSetArgsPatch, flannelNamespace, flanneldArgs, flannelTag, manifestUrl } from './flannel';
import { CA_HASH_PLACEHOLDER_TEXT, joinFileNames, joiningNodes } from './kubeadm';
import type { Inline, RenderedFile } from './types';
import type { RenderWords } from './words';
import { renderWordsEn } from './words.en';

export type { Inline } from './types';

export type FlannelWay = 'kustomize' | 'configmap' | 'helm';

export type GuideBlock =
  | { kind: 'text'; parts: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  /** Shell commands, copied as one piece. */
  | { kind: 'commands'; lines: string[] }
  /** Where the page shows these generated files; NEXT-STEPS.md names them in the text instead. */
  | { kind: 'files'; names: string[] }
  /** Alternatives: the user does exactly one. */
  | { kind: 'choice'; intro: Inline[]; options: Array<{ id: FlannelWay; title: string; blocks: GuideBlock[] }> }
  /** One join file per node, run on that node. */
  | { kind: 'join'; nodes: Array<{ name: string; role: PlanNode['role']; file: string; command: string }> };

export type GuideSectionId = 'prepare' | 'init' | 'flannel' | 'join' | 'check';

export interface GuideSection {
  id: GuideSectionId;
  /** 1… for the steps in order; null for what comes before them. */
  number: number | null;
  title: Inline[];
  blocks: GuideBlock[];
}

export interface Guide {
  title: string;
  summary: Inline[][];
  sections: GuideSection[];
}

/** From the kubeadm join docs ("Token-based discovery with CA pinning"): the sha256 of the CA's public key. */
export const CA_HASH_COMMAND = "openssl x509 -pubkey -in /etc/kubernetes/pki/ca.crt | openssl rsa -pubin -outform der 2>/dev/null | openssl dgst -sha256 -hex | sed 's/^.* //'";

const oneLine = (text: string): string => text.replace(/[\r\n\u2028\u2029]/g, ' ');

/** One shell word: as it is where sh reads it so, else in single quotes with each ' written as '\'' (POSIX sh). */
export const shellQuote = (text: string): string => (/^[A-Za-z0-9._/:=@%+,-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`);

// Every sentence of the guide is in the words tables (words.en.ts, words.zh.ts: `guide`).

export function nextStepsGuide(plan: Plan, words: RenderWords = renderWordsEn): Guide {
  const WORDS = words.guide;
  const resolved = resolvePlan(plan);
  const families = resolved.stackFamilies;
  const net = resolved.netConf;
  const first = initNode(plan);
  const others = joiningNodes(plan);
  const files = joinFileNames(plan);
  const otherControlPlanes = others.some((n) => n.role === 'control-plane');
  const ns = flannelNamespace(plan);
  const args = flanneldArgs(plan);
  // --iface given as an address names no interface by itself.
  const ifaceName = plan.flannel.iface !== '' && !parseIp(plan.flannel.iface, 'lenient').ok ? plan.flannel.iface : null;
  const sysctls = [
    // Before 1.27 kubeadm preflight checks IPv4 forwarding on every node, IPv6-only too (PR #115420 made it per family).
    ...(families.includes('ipv4') || (parseKubernetesVersion(plan.kubernetesVersion)?.minor ?? 99) < 27 ? ['net.ipv4.ip_forward = 1'] : []),
    ...(families.includes('ipv6') ? ['net.ipv6.conf.all.forwarding = 1', 'net.ipv6.conf.default.forwarding = 1'] : []),
    'net.bridge.bridge-nf-call-iptables = 1',
    ...(families.includes('ipv6') ? ['net.bridge.bridge-nf-call-ip6tables = 1'] : []),
  ];
  const sections: GuideSection[] = [];
  let number = 0;
  const section = (id: GuideSectionId, title: Inline[], blocks: GuideBlock[], numbered = true) =>
    sections.push({ id, number: numbered ? ++number : null, title, blocks });

  section(
    'prepare',
    [WORDS.prepareTitle],
    [
      { kind: 'text', parts: [WORDS.prepareIntro] },
      {
        kind: 'commands',
        lines: ['cat <<EOF | sudo tee /etc/modules-load.d/k8s.conf', 'overlay', 'br_netfilter', 'EOF', 'sudo modprobe overlay', 'sudo modprobe br_netfilter', 'cat <<EOF | sudo tee /etc/sysctl.d/k8s.conf', ...sysctls, 'EOF', 'sudo sysctl --system'],
      },
      // --iface=<name> looks both families up on that interface, with no default route needed (pkg/ipmatch
      // LookupExtIface); without it, dual-stack needs both default routes on one interface.
      ...(ifaceName
        ? ([{ kind: 'text', parts: WORDS.ifaceAddresses(ifaceName, families.map(familyLabel)) }, { kind: 'commands', lines: [`ip -br addr show dev ${shellQuote(ifaceName)}`] }] satisfies GuideBlock[])
        : families.length === 2
          ? ([{ kind: 'text', parts: [WORDS.dualRoutes] }, { kind: 'commands', lines: ['ip -4 route show default; ip -6 route show default'] }] satisfies GuideBlock[])
          : []),
      { kind: 'text', parts: [WORDS.runtime] },
    ],
    false,
  );

  section('init', WORDS.initTitle(first ? oneLine(first.name) : null), [
    { kind: 'files', names: ['kubeadm-config.yaml'] },
    { kind: 'text', parts: WORDS.initIntro },
    {
      kind: 'commands',
      lines: [
        // --upload-certs only when control-plane nodes join (kubeadm HA guide); the key is in the file.
        `sudo kubeadm init --config kubeadm-config.yaml${otherControlPlanes ? ' --upload-certs' : ''}`,
        'mkdir -p $HOME/.kube && sudo cp /etc/kubernetes/admin.conf $HOME/.kube/config && sudo chown $(id -u):$(id -g) $HOME/.kube/config',
      ],
    },
    ...(otherControlPlanes ? ([{ kind: 'text', parts: WORDS.uploadCerts }] satisfies GuideBlock[]) : []),
  ]);

  section('flannel', WORDS.flannelTitle, [
    { kind: 'text', parts: WORDS.flannelIntro(net.enableIPv6) },
    {
      kind: 'choice',
      intro: WORDS.chooseOne,
      options: [
        { id: 'kustomize', title: WORDS.kustomizeTitle, blocks: [{ kind: 'files', names: ['kustomization.yaml'] }, { kind: 'text', parts: args.length ? WORDS.kustomizeArgs(args) : WORDS.kustomize }, { kind: 'commands', lines: ['kubectl apply -k .'] }] },
        {
          id: 'configmap',
          title: WORDS.configmapTitle,
          blocks: [
            { kind: 'files', names: ['kube-flannel-cfg.yaml'] },
            { kind: 'text', parts: args.length ? WORDS.configmapArgs(args) : WORDS.configmap },
            {
              kind: 'commands',
              lines: [
                `kubectl apply -f ${manifestUrl(plan)}`,
                'kubectl apply -f kube-flannel-cfg.yaml',
                // A change of the pod template rolls the DaemonSet out, so the patch replaces the restart.
                args.length
                  ? `kubectl -n ${ns} patch daemonset kube-flannel-ds --type json -p ${shellQuote(JSON.stringify(daemonSetArgsPatch(plan)))}`
                  : `kubectl -n ${ns} rollout restart daemonset/kube-flannel-ds`,
              ],
            },
          ],
        },
        {
          id: 'helm',
          title: WORDS.helmTitle,
          blocks: [
            { kind: 'files', names: ['flannel-values.yaml'] },
            { kind: 'text', parts: WORDS.helm },
            {
              kind: 'commands',
              lines: [
                // The chart does not create its namespace; the Flannel README creates and labels it first.
                ...(ns === 'kube-system' ? [] : [`kubectl create ns ${ns}`, `kubectl label --overwrite ns ${ns} pod-security.kubernetes.io/enforce=privileged`]),
                'helm repo add flannel https://flannel-io.github.io/flannel/',
                `helm install flannel flannel/flannel --version ${flannelTag(plan)} -n ${ns} -f flannel-values.yaml`,
              ],
            },
          ],
        },
      ],
    },
    { kind: 'files', names: ['net-conf.json'] },
    { kind: 'text', parts: WORDS.netConfNote },
    {
      kind: 'list',
      items: [
        // As net-conf.json writes them (canonical), not as typed.
        net.enableIPv4 ? WORDS.network(canonical(net.network)) : WORDS.ipv6Only,
        ...(net.enableIPv6 ? [WORDS.ipv6Network(canonical(net.ipv6Network))] : []),
        WORDS.backend(plan.flannel.backend?.type ?? 'udp', net.enableIPv6),
      ],
    },
    { kind: 'text', parts: [WORDS.waitFlannel] },
    { kind: 'commands', lines: [`kubectl -n ${ns} rollout status daemonset/kube-flannel-ds`] },
  ]);

  if (others.length) {
    section('join', WORDS.joinTitle, [
      { kind: 'text', parts: WORDS.joinSecrets(otherControlPlanes) },
      { kind: 'commands', lines: [`HASH=$(${CA_HASH_COMMAND})`, `sed -i "s/${CA_HASH_PLACEHOLDER_TEXT}/$HASH/" join-*.yaml`] },
      { kind: 'text', parts: [WORDS.joinRun] },
      { kind: 'join', nodes: others.map((node) => ({ name: oneLine(node.name), role: node.role, file: files.get(node)!, command: `sudo kubeadm join --config ${files.get(node)!}` })) },
      { kind: 'text', parts: WORDS.joinLate },
      ...(otherControlPlanes ? ([{ kind: 'text', parts: WORDS.joinLateCerts }] satisfies GuideBlock[]) : []),
    ]);
  }

  const checks: GuideBlock[] = [
    { kind: 'text', parts: [WORDS.checkNodes] },
    { kind: 'commands', lines: ['kubectl get nodes -o jsonpath=\'{range .items[*]}{.metadata.name}{"\\t"}{.spec.podCIDRs}{"\\t"}{.status.addresses}{"\\n"}{end}\''] },
  ];
  if (families.length === 2) {
    checks.push(
      { kind: 'text', parts: [WORDS.checkService] },
      {
        kind: 'commands',
        lines: [
          'kubectl create deployment dual-test --image=registry.k8s.io/e2e-test-images/agnhost:2.39 -- /agnhost netexec --http-port=8080',
          'kubectl expose deployment dual-test --port=80 --target-port=8080 --overrides=\'{"spec":{"ipFamilyPolicy":"RequireDualStack"}}\'',
          'kubectl get service dual-test -o jsonpath=\'{.spec.clusterIPs}{"\\n"}\'',
          'kubectl get pods -l app=dual-test -o jsonpath=\'{.items[*].status.podIPs}{"\\n"}\'',
        ],
      },
      { kind: 'text', parts: WORDS.checkServiceAfter },
    );
  }
  if (first) checks.push({ kind: 'text', parts: WORDS.firstNodeIp(nodeIpText(plan, first)) });
  section('check', WORDS.checkTitle, checks);

  const [one, two] = families;
  return {
    title: WORDS.title,
    summary: [
      WORDS.plan(two ? WORDS.familiesDual(familyLabel(one!), familyLabel(two), familyLabel(one!)) : WORDS.familiesOne(familyLabel(one!)), plan.kubernetesVersion, flannelTag(plan)),
      WORDS.addresses(canonicalCidrList(resolved.podSubnet), canonicalCidrList(resolved.serviceSubnet), resolved.serviceIps.kubernetes ?? '?', resolved.serviceIps.dns ?? '?'),
    ],
    sections,
  };
}

// Markdown must not let a node name or CIDR open a code fence or HTML: plan values only ever appear in backticks
// (without backticks or line breaks of their own) or in a fenced block after a command on the same line.
const inlineMarkdown = (parts: Inline[]): string => oneLine(parts.map((p) => (typeof p === 'string' ? p : `\`${p.code.replace(/[`\r\n\u2028\u2029]/g, ' ')}\``)).join(''));

function blockMarkdown(block: GuideBlock, level: number, words: RenderWords): string[] {
  switch (block.kind) {
    case 'text':
      return [inlineMarkdown(block.parts), ''];
    case 'list':
      return [...block.items.map((item) => `- ${inlineMarkdown(item)}`), ''];
    case 'commands':
      return ['```sh', ...block.lines.map(oneLine), '```', ''];
    case 'files':
      return [];
    case 'choice':
      return [inlineMarkdown(block.intro), '', ...block.options.flatMap((option, i) => [`${'#'.repeat(level + 1)} ${String.fromCharCode(97 + i)}) ${option.title}`, '', ...option.blocks.flatMap((b) => blockMarkdown(b, level + 1, words))])];
    case 'join':
      return ['```sh', ...block.nodes.map((n) => `${n.command}   ${words.guide.joinComment(oneLine(n.name), n.role)}`), '```', ''];
  }
}

export function guideMarkdown(guide: Guide, words: RenderWords = renderWordsEn): string {
  const lines = [`# ${guide.title}`, '', ...guide.summary.map(inlineMarkdown), ''];
  for (const s of guide.sections) lines.push(`## ${s.number === null ? '' : `${s.number}. `}${inlineMarkdown(s.title)}`, '', ...s.blocks.flatMap((b) => blockMarkdown(b, 2, words)));
  return lines.join('\n');
}

export function renderNextSteps(plan: Plan, words: RenderWords = renderWordsEn): RenderedFile {
  return { name: 'NEXT-STEPS.md', content: guideMarkdown(nextStepsGuide(plan, words), words), mediaType: 'text/markdown', annotations: [] };
}
