// NEXT-STEPS.md for plans the golden files do not cover: the exact English lines a user reads.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import { renderNetConf } from '../../../src/domain/render/flannel';
import { renderNextSteps } from '../../../src/domain/render/next-steps';
import { plan } from '../../helpers';

const md = (p: Plan) => renderNextSteps(p).content;
const lines = (p: Plan) => md(p).split('\n');
/** The lines of the fenced block that follows the line starting with `after`. */
const block = (p: Plan, after: string) => {
  const all = lines(p);
  const start = all.findIndex((line) => line.startsWith(after));
  const open = all.indexOf('```sh', start);
  return all.slice(open + 1, all.indexOf('```', open + 1));
};
const sysctls = (p: Plan) => {
  const commands = block(p, 'Load br_netfilter');
  return commands.slice(commands.indexOf('cat <<EOF | sudo tee /etc/sysctl.d/k8s.conf') + 1, commands.lastIndexOf('EOF'));
};
const ipv6Only = (patch: Parameters<typeof plan>[0] = {}) => plan({ stack: 'ipv6', primaryFamily: 'ipv6', nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '', ipv6: 'fd00::11' }], ...patch });

describe('preparing the nodes', () => {
  it('IPv6-only before Kubernetes 1.27 still needs IPv4 forwarding (kubeadm preflight); from 1.27 it does not', () => {
    expect(sysctls(ipv6Only({ kubernetesVersion: '1.26' }))).toEqual([
      'net.ipv4.ip_forward = 1',
      'net.ipv6.conf.all.forwarding = 1',
      'net.ipv6.conf.default.forwarding = 1',
      'net.bridge.bridge-nf-call-iptables = 1',
      'net.bridge.bridge-nf-call-ip6tables = 1',
    ]);
    expect(sysctls(ipv6Only({ kubernetesVersion: '1.27' }))).toEqual([
      'net.ipv6.conf.all.forwarding = 1',
      'net.ipv6.conf.default.forwarding = 1',
      'net.bridge.bridge-nf-call-iptables = 1',
      'net.bridge.bridge-nf-call-ip6tables = 1',
    ]);
    // A version that does not parse is taken as new.
    expect(sysctls(ipv6Only({ kubernetesVersion: 'latest' }))[0]).toBe('net.ipv6.conf.all.forwarding = 1');
  });
  it('--iface naming an interface: that interface with an address per family, instead of the default routes', () => {
    const dual = lines(plan({ flannel: { iface: 'ens3' } }));
    expect(dual).toContain('Flannel uses the interface `ens3` (`--iface`), the same name on every node: each node needs an interface of that name with an IPv4 address and an IPv6 address. Check on each node:');
    expect(block(plan({ flannel: { iface: 'ens3' } }), 'Flannel uses the interface')).toEqual(['ip -br addr show dev ens3']);
    expect(dual).not.toContain('ip -4 route show default; ip -6 route show default');
    expect(lines(ipv6Only({ flannel: { iface: 'eth 1' } }))).toContain("Flannel uses the interface `eth 1` (`--iface`), the same name on every node: each node needs an interface of that name with an IPv6 address. Check on each node:");
    expect(block(ipv6Only({ flannel: { iface: 'eth 1' } }), 'Flannel uses the interface')).toEqual(["ip -br addr show dev 'eth 1'"]);
    // An address names no interface: the default-route check stays.
    expect(lines(plan({ flannel: { iface: '192.168.10.11' } }))).toContain('ip -4 route show default; ip -6 route show default');
  });
  it('the default routes check only for dual-stack', () => {
    expect(md(plan())).toContain(
      'Each node needs an IPv4 and an IPv6 address on its main interface, and IPv4 and IPv6 default routes through that same interface (Flannel uses the default-route interface). Check:\n\n```sh\nip -4 route show default; ip -6 route show default\n```\n',
    );
    expect(md(ipv6Only())).not.toContain('default routes');
  });
});

describe('the summary', () => {
  it('IPv6 primary dual-stack, and IPv6-only', () => {
    expect(lines(plan({ primaryFamily: 'ipv6' })).slice(0, 4)).toEqual([
      '# Next steps',
      '',
      'Plan: IPv6 + IPv4 dual-stack, IPv6 primary; Kubernetes `1.37`, Flannel `v0.28.9`.',
      'podSubnet `fd00:10:244::/56,10.244.0.0/16`, serviceSubnet `fd00:10:96::/112,10.96.0.0/16`; kubernetes Service `fd00:10:96::1`, cluster DNS `fd00:10:96::a`.',
    ]);
    expect(lines(ipv6Only())[2]).toBe('Plan: IPv6 only; Kubernetes `1.37`, Flannel `v0.28.9`.');
  });
  it('a Service CIDR that does not parse: question marks', () => {
    const p = plan({ stack: 'ipv4', serviceCidr: { ipv4: 'x', ipv6: '' }, nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: '' }] });
    expect(lines(p)[3]).toBe('podSubnet `10.244.0.0/16`, serviceSubnet `x`; kubernetes Service `?`, cluster DNS `?`.');
  });
});

describe('Flannel', () => {
  it('IPv6-only: what net-conf.json says, and why it is needed', () => {
    const all = lines(ipv6Only());
    expect(all).toContain('The stock manifest is IPv4-only: without this net-conf.json Flannel fails, crashes or silently drops IPv6, depending on the version.');
    const list = all.filter((line) => line.startsWith('- '));
    expect(list).toEqual([
      '- `EnableIPv4: false`: IPv6-only; without it Flannel looks for an IPv4 network and fails.',
      "- `EnableIPv6: true` and `IPv6Network` `fd00:10:244::/56`: the IPv6 pod network. Flannel v0.20.2 and later pick each node's blocks by family, so the podSubnet order does not matter to them; older versions need IPv4 first.",
      '- `Backend` `vxlan`: vxlan, host-gw and wireguard carry IPv6; other backends do not.',
    ]);
  });
  it('IPv4-only with no Backend key: udp, the encapsulation between nodes', () => {
    const p = plan({ stack: 'ipv4', flannel: { backend: null }, nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: '' }] });
    expect(lines(p).filter((line) => line.startsWith('- '))).toEqual([
      '- `Network` `10.244.0.0/16`: the IPv4 pod network; it must contain the IPv4 podSubnet entry.',
      '- `Backend` `udp`: the encapsulation between nodes.',
    ]);
  });
  it('before v0.19.0: kube-system, which Helm does not create', () => {
    const p = plan({ flannelVersion: '0.18.1' });
    expect(block(p, 'Apply the upstream manifest')).toEqual([
      'kubectl apply -f https://raw.githubusercontent.com/flannel-io/flannel/v0.18.1/Documentation/kube-flannel.yml',
      'kubectl apply -f kube-flannel-cfg.yaml',
      'kubectl -n kube-system rollout restart daemonset/kube-flannel-ds',
    ]);
    expect(block(p, "Install Flannel's Helm chart")).toEqual(['helm repo add flannel https://flannel-io.github.io/flannel/', 'helm install flannel flannel/flannel --version v0.18.1 -n kube-system -f flannel-values.yaml']);
    expect(block(p, 'Wait until Flannel runs')).toEqual(['kubectl -n kube-system rollout status daemonset/kube-flannel-ds']);
  });
  it('pod networks typed non-canonically are written as net-conf.json writes them', () => {
    const p = plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: '2001:db8:42:0::/56' } });
    expect(lines(p).filter((line) => line.startsWith('- `EnableIPv6'))[0]).toMatch(/^- `EnableIPv6: true` and `IPv6Network` `2001:db8:42::\/56`: /);
    expect(JSON.parse(renderNetConf(p).content).IPv6Network).toBe('2001:db8:42::/56');
    expect(md(p)).not.toContain('2001:db8:42:0::');
    const v6 = ipv6Only({ podCidr: { ipv4: '', ipv6: 'FD00:0010:0244:0000::/56' } });
    expect(lines(v6).filter((line) => line.startsWith('- `EnableIPv6'))[0]).toContain('`IPv6Network` `fd00:10:244::/56`');
  });
  it('--iface: the kustomize way names it; the ConfigMap way appends it to the DaemonSet by a patch instead of a restart', () => {
    const p = plan({ flannel: { iface: 'ens3' } });
    expect(lines(p)).toContain("Apply the pinned upstream manifest with this plan's net-conf.json and flanneld's `--iface=ens3`, from the folder holding `kustomization.yaml`:");
    expect(lines(p)).toContain(
      "Apply the upstream manifest, then replace its ConfigMap with `kube-flannel-cfg.yaml`. A ConfigMap cannot hold flanneld's arguments, so the last command appends `--iface=ens3` to those of the DaemonSet, which restarts Flannel. Run it once: each run appends them again.",
    );
    expect(block(p, 'Apply the upstream manifest')).toEqual([
      'kubectl apply -f https://raw.githubusercontent.com/flannel-io/flannel/v0.28.9/Documentation/kube-flannel.yml',
      'kubectl apply -f kube-flannel-cfg.yaml',
      `kubectl -n kube-flannel patch daemonset kube-flannel-ds --type json -p '[{"op":"test","path":"/spec/template/spec/containers/0/name","value":"kube-flannel"},{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--iface=ens3"}]'`,
    ]);
    // Without --iface the restart makes Flannel reread the ConfigMap.
    expect(block(plan(), 'Apply the upstream manifest').at(-1)).toBe('kubectl -n kube-flannel rollout restart daemonset/kube-flannel-ds');
    expect(lines(plan())).toContain("Apply the pinned upstream manifest with this plan's net-conf.json, from the folder holding `kustomization.yaml`:");
  });
  it('the patch is one shell word whatever the interface holds: sh gives kubectl the JSON as it is', () => {
    for (const iface of ["it's", "a'b'c", '$(reboot)', '"; x', '\\']) {
      const command = block(plan({ flannel: { iface } }), 'Apply the upstream manifest').at(-1)!;
      const word = command.slice(command.indexOf(' -p ') + 4);
      const said = execFileSync('sh', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' });
      expect(JSON.parse(said).at(-1)).toEqual({ op: 'add', path: '/spec/template/spec/containers/0/args/-', value: `--iface=${iface}` });
    }
  });
  it('the three ways are lettered subsections', () => {
    expect(lines(plan()).filter((line) => line.startsWith('### '))).toEqual(['### a) kustomize', '### b) The ConfigMap', '### c) Helm']);
  });
});

describe('joining and checking', () => {
  it('only workers join: no certificate key, no upload-certs', () => {
    const p = plan({ nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00::11' }, { name: 'w-1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00::21' }] });
    const all = lines(p);
    expect(all).toContain('The join files already hold the bootstrap token from kubeadm-config.yaml. The one value left is the CA certificate hash: on the first control-plane node, after kubeadm init, print it and put it into the join files:');
    expect(all).toContain('Later than 24 hours after kubeadm init the token has expired: `kubeadm token create --print-join-command` prints a new token and the hash.');
    expect(md(p)).not.toContain('upload-certs');
    expect(block(p, 'Copy each file')).toEqual(['sudo kubeadm join --config join-w-1.yaml   # on w-1 (worker)']);
  });
  it('a control-plane node joins: --upload-certs and what it does', () => {
    const p = plan({ nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00::11' }, { name: 'cp-2', role: 'control-plane', ipv4: '192.168.10.12', ipv6: 'fd00::12' }] });
    expect(lines(p)).toContain('`--upload-certs` uploads the control-plane certificates, encrypted with the `certificateKey` in kubeadm-config.yaml, for the other control-plane nodes to fetch within 2 hours.');
  });
  it('no nodes: no name in the init step, no join step, no node-ip line', () => {
    const p = plan({ nodes: [] });
    const all = lines(p);
    expect(all.filter((line) => line.startsWith('## '))).toEqual(['## Before you start: prepare every node', '## 1. Initialise the first control-plane node', '## 2. Install Flannel, in one of three ways', '## 3. Check']);
    expect(md(p)).not.toContain("The first node's node-ip");
  });
  it('one family: no dual-stack Service check', () => {
    const p = ipv6Only();
    const check = md(p).slice(md(p).indexOf('## 3. Check'));
    expect(check).toBe(
      "## 3. Check\n\nEvery node should list a podCIDR per family and its node IPs:\n\n```sh\nkubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name}{\"\\t\"}{.spec.podCIDRs}{\"\\t\"}{.status.addresses}{\"\\n\"}{end}'\n```\n\nThe first node's node-ip is `fd00::11`.\n",
    );
  });
  it('no file list in the markdown: the text names the files', () => {
    expect(md(plan())).not.toMatch(/^files/m);
    expect(renderNextSteps(plan())).toMatchObject({ name: 'NEXT-STEPS.md', mediaType: 'text/markdown', annotations: [] });
  });
});
