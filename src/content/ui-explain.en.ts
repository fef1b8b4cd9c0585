// Words of "Paste an error or a log", loaded with its panel (both languages: the panel is loaded on demand itself).
// The same keys are in ui-explain.zh.ts.

export const uiExplainEn = {
  intro:
    'Paste what a failing cluster printed: kube-flannel logs, `kubeadm init` output, kube-apiserver or kubelet logs, or `kubectl describe node` events. The page finds the messages its rules know and says what they mean. The text stays in this browser.',
  label: 'Error or log',
  hint: 'Timestamps, klog prefixes, escaped quotes, colour codes and goroutine dumps may stay in.',
  reading: (size: string) => `Reading ${size}…`,
  found: (n: number) => (n === 1 ? 'One rule matches this log.' : `${n} rules match this log, best first.`),
  none:
    'No message the rules know was found. The page reads what kube-flannel, kubeadm (`kubeadm init`, `kubeadm join`, `kubeadm config validate`), kube-apiserver, kube-controller-manager and kubelet print about pod and Service CIDRs, node IPs, the Flannel configuration and the order of the IP families. Paste the lines around the error, or check your configuration with "Start from my files".',
  failed: 'The log could not be read in this browser. Your text is still in the box.',
  matchedLine: (line: number, lines: number) => (lines > 1 ? `Line ${line} of your log; ${lines} lines in all show this problem.` : `Line ${line} of your log`),
  meansTitle: 'What it means',
  fixTitle: 'The fix',
  versionsTitle: 'Versions that print this message',
  anyVersion: 'every version the rules know',
  range: (from: string, to: string) => `${from} to ${to}`,
  fromVersion: (version: string) => `${version} and later`,
  upTo: (version: string) => `up to ${version}`,
  flannelVersions: (range: string) => `Flannel ${range}`,
  kubernetesVersions: (range: string) => `Kubernetes ${range}`,
  rulePage: (id: string) => `The page of rule ${id}`,
  openFixed: 'Open the wizard with this fixed',
  // The fix would write a value of the built-in example node: the user's own value comes first.
  fillFirst: (values: string, family: string) =>
    `To open the wizard with this fixed, first ${family ? `choose a stack with ${family} on the Cluster step, then ` : ''}put in your own ${values} on the Nodes step: the plan still holds the example's.`,
  fillValue: (node: string, field: 'name' | 'ipv4' | 'ipv6') => (field === 'name' ? `name for ${node}` : `${field === 'ipv4' ? 'IPv4' : 'IPv6'} address of ${node}`),
  listSeparator: ', ',
  applied: (changes: string) => `The wizard now has this fix: ${changes}.`,
  undo: 'Undo this fix',
  undone: (left: number) => `The fix was undone: the wizard is as it was before it.${left ? ` ${left === 1 ? 'The fix before it' : `The ${left} fixes before it`} can be undone too.` : ''}`,
  close: 'Close',
};

export type UiExplainMessages = typeof uiExplainEn;
