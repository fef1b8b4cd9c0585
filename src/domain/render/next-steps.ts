// NEXT-STEPS.md: the commands in order, adapted to the plan.
import { familyLabel } from '../cidr';
import { type Plan, clusterDnsIp, effectiveNetConf, initNode, kubernetesServiceIp, nodeIpText, podSubnetText, serviceSubnetText, stackFamilies } from '../plan';
import { parseKubernetesVersion } from '../versions';
import { flannelNamespace, flannelTag, manifestUrl } from './flannel';
import { type RenderedFile, canonicalList, joinFileName } from './kubeadm';
import type { RenderWords } from './words';
import { renderWordsEn } from './words.en';

// Markdown must not let a node name or CIDR open a code fence or HTML.
const inline = (text: string): string => `\`${text.replace(/[`\r\n]/g, ' ')}\``;

export function renderNextSteps(plan: Plan, words: RenderWords = renderWordsEn): RenderedFile {
  const families = stackFamilies(plan);
  const net = effectiveNetConf(plan);
  const first = initNode(plan);
  const others = plan.nodes.filter((node) => node !== first);
  const ns = flannelNamespace(plan);
  const sysctls = [
    // Before 1.27 kubeadm preflight checks IPv4 forwarding on every node, IPv6-only too (PR #115420 made it per family).
    ...(families.includes('ipv4') || (parseKubernetesVersion(plan.kubernetesVersion)?.minor ?? 99) < 27 ? ['net.ipv4.ip_forward = 1'] : []),
    ...(families.includes('ipv6') ? ['net.ipv6.conf.all.forwarding = 1', 'net.ipv6.conf.default.forwarding = 1'] : []),
    'net.bridge.bridge-nf-call-iptables = 1',
    ...(families.includes('ipv6') ? ['net.bridge.bridge-nf-call-ip6tables = 1'] : []),
  ];
  const lines: string[] = [
    words.nsTitle,
    '',
    words.nsPlan(families.map(familyLabel), plan.kubernetesVersion, flannelTag(plan)),
    words.nsAddresses(inline(canonicalList(podSubnetText(plan))), inline(canonicalList(serviceSubnetText(plan))), inline(kubernetesServiceIp(plan) ?? '?'), inline(clusterDnsIp(plan) ?? '?')),
    '',
    words.nsPrepareHeading,
    '',
    words.nsPrepareIntro,
    '',
    '```sh',
    'cat <<EOF | sudo tee /etc/modules-load.d/k8s.conf',
    'overlay',
    'br_netfilter',
    'EOF',
    'sudo modprobe overlay',
    'sudo modprobe br_netfilter',
    'cat <<EOF | sudo tee /etc/sysctl.d/k8s.conf',
    ...sysctls,
    'EOF',
    'sudo sysctl --system',
    '```',
    '',
    ...(families.length === 2
      ? [
          words.nsDualRoutes,
          '',
          '```sh',
          'ip -4 route show default; ip -6 route show default',
          '```',
          '',
        ]
      : []),
    words.nsInstall,
    '',
    words.nsInitHeading(first ? inline(first.name) : null),
    '',
    words.nsInitCopy,
    '',
    '```sh',
    'sudo kubeadm init --config kubeadm-config.yaml --upload-certs',
    'mkdir -p $HOME/.kube && sudo cp /etc/kubernetes/admin.conf $HOME/.kube/config && sudo chown $(id -u):$(id -g) $HOME/.kube/config',
    '```',
    '',
    words.nsFlannelHeading,
    '',
    words.nsFlannelKustomize,
    '',
    '```sh',
    `kubectl apply -k .   # ${words.nsKustomizeFolder}`,
    '```',
    '',
    words.nsFlannelConfigMap,
    '',
    '```sh',
    `kubectl apply -f ${manifestUrl(plan)}`,
    'kubectl apply -f kube-flannel-cfg.yaml',
    `kubectl -n ${ns} rollout restart daemonset/kube-flannel-ds`,
    '```',
    '',
    words.nsFlannelHelm(net.enableIPv6),
    '',
    words.nsNetConfIntro,
    '',
    ...(net.enableIPv4 ? [words.nsNetConfNetwork(inline(net.network))] : [words.nsNetConfIpv6Only]),
    ...(net.enableIPv6 ? [words.nsNetConfIpv6(inline(net.ipv6Network))] : []),
    words.nsNetConfBackend(inline(plan.flannel.backend?.type ?? 'udp'), net.enableIPv6),
    '',
    words.nsFlannelWait,
    '',
    '```sh',
    `kubectl -n ${ns} rollout status daemonset/kube-flannel-ds`,
    '```',
    '',
  ];
  if (others.length) {
    lines.push(words.nsJoinHeading, '');
    lines.push(words.nsJoinPrint, '');
    lines.push('```sh', 'kubeadm token create --print-join-command', ...(others.some((n) => n.role === 'control-plane') ? ['sudo kubeadm init phase upload-certs --upload-certs'] : []), '```', '');
    lines.push(words.nsJoinPut, '');
    lines.push('```sh');
    for (const node of others) lines.push(`sudo kubeadm join --config ${joinFileName(node)}   # ${words.nsJoinOn(node.name.replace(/[\r\n]/g, ' '), node.role)}`);
    lines.push('```', '');
  }
  const step = others.length ? 5 : 4;
  lines.push(words.nsCheckHeading(step), '');
  lines.push(words.nsCheckNodes, '');
  lines.push('```sh');
  lines.push('kubectl get nodes -o jsonpath=\'{range .items[*]}{.metadata.name}{"\\t"}{.spec.podCIDRs}{"\\t"}{.status.addresses}{"\\n"}{end}\'');
  lines.push('```', '');
  if (families.length === 2) {
    lines.push(words.nsCheckService, '');
    lines.push('```sh');
    lines.push('kubectl create deployment dual-test --image=registry.k8s.io/e2e-test-images/agnhost:2.39 -- /agnhost netexec --http-port=8080');
    lines.push('kubectl expose deployment dual-test --port=80 --target-port=8080 --overrides=\'{"spec":{"ipFamilyPolicy":"RequireDualStack"}}\'');
    lines.push('kubectl get service dual-test -o jsonpath=\'{.spec.clusterIPs}{"\\n"}\'');
    lines.push('kubectl get pods -l app=dual-test -o jsonpath=\'{.items[*].status.podIPs}{"\\n"}\'');
    lines.push('```', '');
    lines.push(words.nsCheckClusterIps, '');
  }
  if (first) lines.push(words.nsFirstNodeIp(inline(nodeIpText(plan, first))), '');
  return { name: 'NEXT-STEPS.md', content: lines.join('\n'), mediaType: 'text/markdown', annotations: [] };
}
