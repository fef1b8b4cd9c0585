// NEXT-STEPS.md: the commands in order, adapted to the plan.
import { familyLabel } from '../cidr';
import { type Plan, clusterDnsIp, effectiveNetConf, initNode, kubernetesServiceIp, nodeIpText, podSubnetText, serviceSubnetText, stackFamilies } from '../plan';
import { parseKubernetesVersion } from '../versions';
import { flannelNamespace, flannelTag, manifestUrl } from './flannel';
import { type RenderedFile, canonicalList, joinFileName } from './kubeadm';

// Markdown must not let a node name or CIDR open a code fence or HTML.
const inline = (text: string): string => `\`${text.replace(/[`\r\n]/g, ' ')}\``;

export function renderNextSteps(plan: Plan): RenderedFile {
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
    '# Next steps',
    '',
    `Plan: ${families.map(familyLabel).join(' + ')}${families.length === 2 ? ` dual-stack, ${familyLabel(families[0]!)} primary` : ' only'}; Kubernetes ${plan.kubernetesVersion}, Flannel ${flannelTag(plan)}.`,
    `podSubnet ${inline(canonicalList(podSubnetText(plan)))}, serviceSubnet ${inline(canonicalList(serviceSubnetText(plan)))}; kubernetes Service ${inline(kubernetesServiceIp(plan) ?? '?')}, cluster DNS ${inline(clusterDnsIp(plan) ?? '?')}.`,
    '',
    '## 1. Prepare every node',
    '',
    'Load br_netfilter and turn on forwarding (kubeadm preflight checks forwarding per family; Flannel v0.26.0+ checks br_netfilter):',
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
          'Each node needs an IPv4 and an IPv6 address on its main interface, and IPv4 and IPv6 default routes through that same interface (Flannel uses the default-route interface). Check:',
          '',
          '```sh',
          'ip -4 route show default; ip -6 route show default',
          '```',
          '',
        ]
      : []),
    'Install a container runtime, kubelet, kubeadm and kubectl as in the kubeadm installation guide.',
    '',
    `## 2. Initialise the first control-plane node${first ? ` (${inline(first.name)})` : ''}`,
    '',
    'Copy `kubeadm-config.yaml` to it, set the exact patch release in `kubernetesVersion`, then:',
    '',
    '```sh',
    'sudo kubeadm init --config kubeadm-config.yaml --upload-certs',
    'mkdir -p $HOME/.kube && sudo cp /etc/kubernetes/admin.conf $HOME/.kube/config && sudo chown $(id -u):$(id -g) $HOME/.kube/config',
    '```',
    '',
    '## 3. Install Flannel',
    '',
    'Either apply the pinned upstream manifest with this plan\'s net-conf.json (kustomize):',
    '',
    '```sh',
    'kubectl apply -k .   # the folder holding kustomization.yaml',
    '```',
    '',
    'or apply the upstream manifest and then replace its ConfigMap:',
    '',
    '```sh',
    `kubectl apply -f ${manifestUrl(plan)}`,
    'kubectl apply -f kube-flannel-cfg.yaml',
    `kubectl -n ${ns} rollout restart daemonset/kube-flannel-ds`,
    '```',
    '',
    `or use Helm with \`flannel-values.yaml\` (see the comment at its top). The stock manifest is IPv4-only: ${net.enableIPv6 ? 'without this net-conf.json Flannel fails, crashes or silently drops IPv6, depending on the version.' : 'this plan needs no change beyond Network.'}`,
    '',
    '`net-conf.json` cannot carry comments, so here is what it says:',
    '',
    ...(net.enableIPv4 ? [`- \`Network\` ${inline(net.network)}: the IPv4 pod network; it must contain the IPv4 podSubnet entry.`] : ['- `EnableIPv4: false`: IPv6-only; without it Flannel looks for an IPv4 network and fails.']),
    ...(net.enableIPv6 ? [`- \`EnableIPv6: true\` and \`IPv6Network\` ${inline(net.ipv6Network)}: the IPv6 pod network. Flannel v0.20.2 and later pick each node's blocks by family, so the podSubnet order does not matter to them; older versions need IPv4 first.`] : []),
    `- \`Backend\` ${inline(plan.flannel.backend?.type ?? 'udp')}: ${net.enableIPv6 ? 'vxlan, host-gw and wireguard carry IPv6; other backends do not.' : 'the encapsulation between nodes.'}`,
    '',
    'Wait until Flannel runs on the node:',
    '',
    '```sh',
    `kubectl -n ${ns} rollout status daemonset/kube-flannel-ds`,
    '```',
    '',
  ];
  if (others.length) {
    lines.push('## 4. Join the other nodes', '');
    lines.push('On the first control-plane node, print a token and the CA hash (and, for control-plane nodes, a certificate key):', '');
    lines.push('```sh', 'kubeadm token create --print-join-command', ...(others.some((n) => n.role === 'control-plane') ? ['sudo kubeadm init phase upload-certs --upload-certs'] : []), '```', '');
    lines.push('Put the values in place of the REPLACE-WITH-… placeholders, copy each file to its node and run:', '');
    lines.push('```sh');
    for (const node of others) lines.push(`sudo kubeadm join --config ${joinFileName(node)}   # on ${node.name.replace(/[\r\n]/g, ' ')} (${node.role})`);
    lines.push('```', '');
  }
  const step = others.length ? 5 : 4;
  lines.push(`## ${step}. Check`, '');
  lines.push('Every node should list a podCIDR per family and its node IPs:', '');
  lines.push('```sh');
  lines.push('kubectl get nodes -o jsonpath=\'{range .items[*]}{.metadata.name}{"\\t"}{.spec.podCIDRs}{"\\t"}{.status.addresses}{"\\n"}{end}\'');
  lines.push('```', '');
  if (families.length === 2) {
    lines.push('Then a dual-stack Service should get one address per family:', '');
    lines.push('```sh');
    lines.push('kubectl create deployment dual-test --image=registry.k8s.io/e2e-test-images/agnhost:2.39 -- /agnhost netexec --http-port=8080');
    lines.push('kubectl expose deployment dual-test --port=80 --target-port=8080 --overrides=\'{"spec":{"ipFamilyPolicy":"RequireDualStack"}}\'');
    lines.push('kubectl get service dual-test -o jsonpath=\'{.spec.clusterIPs}{"\\n"}\'');
    lines.push('kubectl get pods -l app=dual-test -o jsonpath=\'{.items[*].status.podIPs}{"\\n"}\'');
    lines.push('```', '');
    lines.push('`clusterIPs` lists the primary family first. Remove the test with `kubectl delete service,deployment dual-test`.', '');
  }
  if (first) lines.push(`The first node's node-ip is ${inline(nodeIpText(plan, first))}.`, '');
  return { name: 'NEXT-STEPS.md', content: lines.join('\n'), mediaType: 'text/markdown', annotations: [] };
}
