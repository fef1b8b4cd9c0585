// What to do with the files, in order, adapted to the plan: one structured guide that the review step shows as
// elements (with the files and copyable commands in place) and NEXT-STEPS.md writes as markdown.
import { familyLabel } from '../cidr';
import { type Plan, type PlanNode, clusterDnsIp, effectiveNetConf, initNode, kubernetesServiceIp, nodeIpText, podSubnetText, serviceSubnetText, stackFamilies } from '../plan';
import { parseKubernetesVersion } from '../versions';
import { flannelNamespace, flannelTag, manifestUrl } from './flannel';
import { CA_HASH_PLACEHOLDER_TEXT, type RenderedFile, canonicalList, joinFileName, joiningNodes } from './kubeadm';

/** Text with inline code; code holds plan values (names, CIDRs) and is never read as markup. */
export type Inline = string | { code: string };

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

const code = (text: string): Inline => ({ code: text });
const oneLine = (text: string): string => text.replace(/[\r\n\u2028\u2029]/g, ' ');

// Every sentence of the guide, in one place.
const WORDS = {
  title: 'Next steps',
  plan: (families: string, k8s: string, flannel: string): Inline[] => [`Plan: ${families}; Kubernetes `, code(k8s), ', Flannel ', code(flannel), '.'],
  familiesDual: (first: string, second: string, primary: string) => `${first} + ${second} dual-stack, ${primary} primary`,
  familiesOne: (family: string) => `${family} only`,
  addresses: (pod: string, service: string, apiIp: string, dnsIp: string): Inline[] => ['podSubnet ', code(pod), ', serviceSubnet ', code(service), '; kubernetes Service ', code(apiIp), ', cluster DNS ', code(dnsIp), '.'],
  prepareTitle: 'Before you start: prepare every node',
  prepareIntro: 'Load br_netfilter and turn on forwarding (kubeadm preflight checks forwarding per family; Flannel v0.26.0+ checks br_netfilter):',
  dualRoutes: 'Each node needs an IPv4 and an IPv6 address on its main interface, and IPv4 and IPv6 default routes through that same interface (Flannel uses the default-route interface). Check:',
  runtime: 'Install a container runtime, kubelet, kubeadm and kubectl as in the kubeadm installation guide.',
  initTitle: (name: string | null): Inline[] => (name === null ? ['Initialise the first control-plane node'] : ['Initialise the first control-plane node (', code(name), ')']),
  initIntro: ['Copy ', code('kubeadm-config.yaml'), ' to it, set the exact patch release in ', code('kubernetesVersion'), ', then:'] as Inline[],
  uploadCerts: [code('--upload-certs'), ' uploads the control-plane certificates, encrypted with the ', code('certificateKey'), ' in kubeadm-config.yaml, for the other control-plane nodes to fetch within 2 hours.'] as Inline[],
  flannelTitle: ['Install Flannel, in one of three ways'] as Inline[],
  flannelIntro: (ipv6: boolean): Inline[] => [
    'The stock manifest is IPv4-only: ',
    ipv6 ? 'without this net-conf.json Flannel fails, crashes or silently drops IPv6, depending on the version.' : 'this plan needs no change beyond Network.',
  ],
  netConfNote: [code('net-conf.json'), ' is what each of the three ways writes into the kube-flannel-cfg ConfigMap. It cannot carry comments, so here is what it says:'] as Inline[],
  network: (network: string): Inline[] => [code('Network'), ' ', code(network), ': the IPv4 pod network; it must contain the IPv4 podSubnet entry.'],
  ipv6Only: [code('EnableIPv4: false'), ': IPv6-only; without it Flannel looks for an IPv4 network and fails.'] as Inline[],
  ipv6Network: (network: string): Inline[] => [
    code('EnableIPv6: true'),
    ' and ',
    code('IPv6Network'),
    ' ',
    code(network),
    ": the IPv6 pod network. Flannel v0.20.2 and later pick each node's blocks by family, so the podSubnet order does not matter to them; older versions need IPv4 first.",
  ],
  backend: (type: string, ipv6: boolean): Inline[] => [code('Backend'), ' ', code(type), ': ', ipv6 ? 'vxlan, host-gw and wireguard carry IPv6; other backends do not.' : 'the encapsulation between nodes.'],
  chooseOne: ['Do one of these, not several:'] as Inline[],
  kustomizeTitle: 'kustomize',
  kustomize: ['Apply the pinned upstream manifest with this plan\'s net-conf.json, from the folder holding ', code('kustomization.yaml'), ':'] as Inline[],
  configmapTitle: 'The ConfigMap',
  configmap: ['Apply the upstream manifest, then replace its ConfigMap with ', code('kube-flannel-cfg.yaml'), ' and restart Flannel:'] as Inline[],
  helmTitle: 'Helm',
  helm: ["Install Flannel's Helm chart with ", code('flannel-values.yaml'), ' (the commands of the Flannel README):'] as Inline[],
  waitFlannel: 'Wait until Flannel runs on the node:',
  joinTitle: ['Join the other nodes'] as Inline[],
  joinSecrets: (controlPlanes: boolean): Inline[] => [
    'The join files already hold the bootstrap token',
    controlPlanes ? ' and the certificate key' : '',
    ' from kubeadm-config.yaml. The one value left is the CA certificate hash: on the first control-plane node, after kubeadm init, print it and put it into the join files:',
  ],
  joinRun: 'Copy each file to its node and run it there:',
  joinLate: ['Later than 24 hours after kubeadm init the token has expired: ', code('kubeadm token create --print-join-command'), ' prints a new token and the hash.'] as Inline[],
  joinLateCerts: ['Later than 2 hours, control-plane nodes need the certificates uploaded again: ', code('sudo kubeadm init phase upload-certs --upload-certs --config kubeadm-config.yaml'), '.'] as Inline[],
  checkTitle: ['Check'] as Inline[],
  checkNodes: 'Every node should list a podCIDR per family and its node IPs:',
  checkService: 'Then a dual-stack Service should get one address per family:',
  checkServiceAfter: [code('clusterIPs'), ' lists the primary family first. Remove the test with ', code('kubectl delete service,deployment dual-test'), '.'] as Inline[],
  firstNodeIp: (ips: string): Inline[] => ["The first node's node-ip is ", code(ips), '.'],
  joinComment: (name: string, role: string) => `# on ${name} (${role})`,
};

export function nextStepsGuide(plan: Plan): Guide {
  const families = stackFamilies(plan);
  const net = effectiveNetConf(plan);
  const first = initNode(plan);
  const others = joiningNodes(plan);
  const otherControlPlanes = others.some((n) => n.role === 'control-plane');
  const ns = flannelNamespace(plan);
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
      ...(families.length === 2
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
        { id: 'kustomize', title: WORDS.kustomizeTitle, blocks: [{ kind: 'files', names: ['kustomization.yaml'] }, { kind: 'text', parts: WORDS.kustomize }, { kind: 'commands', lines: ['kubectl apply -k .'] }] },
        {
          id: 'configmap',
          title: WORDS.configmapTitle,
          blocks: [
            { kind: 'files', names: ['kube-flannel-cfg.yaml'] },
            { kind: 'text', parts: WORDS.configmap },
            { kind: 'commands', lines: [`kubectl apply -f ${manifestUrl(plan)}`, 'kubectl apply -f kube-flannel-cfg.yaml', `kubectl -n ${ns} rollout restart daemonset/kube-flannel-ds`] },
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
        net.enableIPv4 ? WORDS.network(net.network) : WORDS.ipv6Only,
        ...(net.enableIPv6 ? [WORDS.ipv6Network(net.ipv6Network)] : []),
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
      { kind: 'join', nodes: others.map((node) => ({ name: oneLine(node.name), role: node.role, file: joinFileName(node), command: `sudo kubeadm join --config ${joinFileName(node)}` })) },
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
      WORDS.addresses(canonicalList(podSubnetText(plan)), canonicalList(serviceSubnetText(plan)), kubernetesServiceIp(plan) ?? '?', clusterDnsIp(plan) ?? '?'),
    ],
    sections,
  };
}

// Markdown must not let a node name or CIDR open a code fence or HTML: plan values only ever appear in backticks
// (without backticks or line breaks of their own) or in a fenced block after a command on the same line.
const inlineMarkdown = (parts: Inline[]): string => oneLine(parts.map((p) => (typeof p === 'string' ? p : `\`${p.code.replace(/[`\r\n\u2028\u2029]/g, ' ')}\``)).join(''));

function blockMarkdown(block: GuideBlock, level: number): string[] {
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
      return [inlineMarkdown(block.intro), '', ...block.options.flatMap((option, i) => [`${'#'.repeat(level + 1)} ${String.fromCharCode(97 + i)}) ${option.title}`, '', ...option.blocks.flatMap((b) => blockMarkdown(b, level + 1))])];
    case 'join':
      return ['```sh', ...block.nodes.map((n) => `${n.command}   ${WORDS.joinComment(oneLine(n.name), n.role)}`), '```', ''];
  }
}

export function guideMarkdown(guide: Guide): string {
  const lines = [`# ${guide.title}`, '', ...guide.summary.map(inlineMarkdown), ''];
  for (const s of guide.sections) lines.push(`## ${s.number === null ? '' : `${s.number}. `}${inlineMarkdown(s.title)}`, '', ...s.blocks.flatMap((b) => blockMarkdown(b, 2)));
  return lines.join('\n');
}

export function renderNextSteps(plan: Plan): RenderedFile {
  return { name: 'NEXT-STEPS.md', content: guideMarkdown(nextStepsGuide(plan)), mediaType: 'text/markdown', annotations: [] };
}
