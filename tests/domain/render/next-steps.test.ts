// The guide the review step shows and NEXT-STEPS.md writes: the steps in order, Flannel as three alternatives,
// --upload-certs only when control-plane nodes join, and the exact CA hash command.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import { type Guide, type GuideBlock, nextStepsGuide, renderNextSteps } from '../../../src/domain/render/next-steps';
import { GOLDEN_CASES } from './cases';

const outline = (guide: Guide) => guide.sections.map((s) => [s.id, s.number]);
const blocks = (guide: Guide, id: string) => guide.sections.find((s) => s.id === id)!.blocks;
const commands = (list: GuideBlock[]) => list.flatMap((b) => (b.kind === 'commands' ? b.lines : []));
const files = (list: GuideBlock[]) => list.flatMap((b) => (b.kind === 'files' ? b.names : []));

describe('nextStepsGuide', () => {
  it('with nodes to join: prepare, then 1 init, 2 Flannel, 3 join, 4 check', () => {
    expect(outline(nextStepsGuide(GOLDEN_CASES['five-nodes-two-control-planes']!))).toEqual([['prepare', null], ['init', 1], ['flannel', 2], ['join', 3], ['check', 4]]);
  });

  it('one node: no join step, and the check is step 3', () => {
    expect(outline(nextStepsGuide(GOLDEN_CASES['dual-ipv6-primary-one-node']!))).toEqual([['prepare', null], ['init', 1], ['flannel', 2], ['check', 3]]);
  });

  it('kubeadm init takes --upload-certs only when control-plane nodes join', () => {
    const init = (p: Plan) => commands(blocks(nextStepsGuide(p), 'init'))[0];
    expect(init(GOLDEN_CASES['five-nodes-two-control-planes']!)).toBe('sudo kubeadm init --config kubeadm-config.yaml --upload-certs');
    expect(init(GOLDEN_CASES['dual-ipv4-primary']!)).toBe('sudo kubeadm init --config kubeadm-config.yaml');
    expect(init(GOLDEN_CASES['dual-ipv6-primary-one-node']!)).toBe('sudo kubeadm init --config kubeadm-config.yaml');
    expect(files(blocks(nextStepsGuide(GOLDEN_CASES['dual-ipv4-primary']!), 'init'))).toEqual(['kubeadm-config.yaml']);
  });

  it('Flannel: one choice of kustomize, the ConfigMap or Helm, each with its file and commands', () => {
    const flannel = blocks(nextStepsGuide(GOLDEN_CASES['dual-ipv6-primary']!), 'flannel');
    const choices = flannel.filter((b) => b.kind === 'choice');
    expect(choices).toHaveLength(1);
    const choice = choices[0]!;
    if (choice.kind !== 'choice') throw new Error('not a choice');
    expect(choice.options.map((o) => [o.id, o.title, files(o.blocks), commands(o.blocks)])).toEqual([
      ['kustomize', 'kustomize', ['kustomization.yaml'], ['kubectl apply -k .']],
      [
        'configmap',
        'The ConfigMap',
        ['kube-flannel-cfg.yaml'],
        ['kubectl apply -f https://raw.githubusercontent.com/flannel-io/flannel/v0.28.9/Documentation/kube-flannel.yml', 'kubectl apply -f kube-flannel-cfg.yaml', 'kubectl -n kube-flannel rollout restart daemonset/kube-flannel-ds'],
      ],
      [
        'helm',
        'Helm',
        ['flannel-values.yaml'],
        [
          'kubectl create ns kube-flannel',
          'kubectl label --overwrite ns kube-flannel pod-security.kubernetes.io/enforce=privileged',
          'helm repo add flannel https://flannel-io.github.io/flannel/',
          'helm install flannel flannel/flannel --version v0.28.9 -n kube-flannel -f flannel-values.yaml',
        ],
      ],
    ]);
    expect(files(flannel)).toEqual(['net-conf.json']);
  });

  it('Helm before Flannel v0.19.0 installs into kube-system, which exists', () => {
    const p = structuredClone(GOLDEN_CASES['dual-ipv6-primary-flannel-0.20.1']!);
    p.flannelVersion = '0.18.1';
    const choice = blocks(nextStepsGuide(p), 'flannel').find((b) => b.kind === 'choice')!;
    if (choice.kind !== 'choice') throw new Error('not a choice');
    expect(commands(choice.options[2]!.blocks)).toEqual(['helm repo add flannel https://flannel-io.github.io/flannel/', 'helm install flannel flannel/flannel --version v0.18.1 -n kube-system -f flannel-values.yaml']);
  });

  it('join: the CA hash command of the kubeadm docs fills every join file; each node runs its own file', () => {
    const join = blocks(nextStepsGuide(GOLDEN_CASES['five-nodes-two-control-planes']!), 'join');
    expect(commands(join)).toEqual([
      "HASH=$(openssl x509 -pubkey -in /etc/kubernetes/pki/ca.crt | openssl rsa -pubin -outform der 2>/dev/null | openssl dgst -sha256 -hex | sed 's/^.* //')",
      'sed -i "s/REPLACE-WITH-CA-CERT-HASH/$HASH/" join-*.yaml',
    ]);
    expect(join.find((b) => b.kind === 'join')).toEqual({
      kind: 'join',
      nodes: [
        { name: 'cp-2', role: 'control-plane', file: 'join-cp-2.yaml', command: 'sudo kubeadm join --config join-cp-2.yaml' },
        { name: 'worker-1', role: 'worker', file: 'join-worker-1.yaml', command: 'sudo kubeadm join --config join-worker-1.yaml' },
        { name: 'worker-2', role: 'worker', file: 'join-worker-2.yaml', command: 'sudo kubeadm join --config join-worker-2.yaml' },
        { name: 'worker-3', role: 'worker', file: 'join-worker-3.yaml', command: 'sudo kubeadm join --config join-worker-3.yaml' },
      ],
    });
  });

  it('a node name is one line in the guide and in a code span of the markdown, never markup', () => {
    const p = structuredClone(GOLDEN_CASES['dual-ipv4-primary']!);
    p.nodes[0]!.name = 'cp`1\n## <b>x</b>';
    p.nodes[1]!.name = 'w\n```\nrm -rf /';
    const guide = nextStepsGuide(p);
    expect(guide.sections.find((s) => s.id === 'init')!.title).toEqual(['Initialise the first control-plane node (', { code: 'cp`1 ## <b>x</b>' }, ')']);
    const markdown = renderNextSteps(p).content;
    expect(markdown).toContain('## 1. Initialise the first control-plane node (`cp 1 ## <b>x</b>`)');
    expect(markdown).toContain('sudo kubeadm join --config join-w_____rm_-rf__.yaml   # on w ``` rm -rf / (worker)');
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Before you start: prepare every node',
      '## 1. Initialise the first control-plane node (`cp 1 ## <b>x</b>`)',
      '## 2. Install Flannel, in one of three ways',
      '## 3. Join the other nodes',
      '## 4. Check',
    ]);
  });
});
