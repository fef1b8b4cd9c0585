// The page's shell and summary in English: what the first screen needs. ui-steps.en.ts has the steps' words;
// ui.zh.ts has both in Chinese.
export const uiEn = {
  lang: 'en',
  title: 'dualstack-wizard',
  tagline: 'Plan IPv4/IPv6 dual-stack networking for kubeadm + Flannel, and see every ordering pitfall before kubeadm init.',
  language: 'Language',
  skipToForm: 'Skip to the form',
  steps: { cluster: 'Cluster', pods: 'Pod network', services: 'Services', nodes: 'Nodes', flannel: 'Flannel', review: 'Review & download' },
  stepsLabel: 'Steps',
  stepErrors: (n: number) => (n === 1 ? '1 error' : `${n} errors`),
  stepWarnings: (n: number) => (n === 1 ? '1 warning' : `${n} warnings`),
  next: 'Next',
  back: 'Back',
  // Diagnostics
  problems: 'Problems',
  noProblems: 'No errors or warnings: these files should work.',
  // While the built-in example's node values remain, nothing may say the files are the user's.
  exampleValues: (nodes: string) =>
    `The nodes still hold the example's values: ${nodes}. Put in your own nodes' names and addresses on the Nodes step; until then these files are an example, not yours.`,
  exampleNode: (name: string, addresses: string) => (addresses ? `${name} (${addresses})` : name),
  /** Joins addresses, and nodes, in a sentence. */
  listSeparator: ', ',
  nodeSeparator: '; ',
  noProblemsExample: "No errors or warnings, but the nodes still hold the example's values: these files are not yours yet.",
  exampleValueHint: "Example value: replace it with this node's own.",
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  goToField: 'Go to field',
  why: 'Why',
  /** The link to the rule's static page (rules/<id>/), before its id. */
  rulePage: 'Rule page:',
  phase: {
    'kubeadm-validate': 'Shows at: `kubeadm config validate` (and so `kubeadm init` and `kubeadm join`).',
    'kubeadm-init': 'Shows at: `kubeadm init` or `kubeadm join`; `kubeadm config validate` accepts it.',
    runtime: 'Shows at: run time, after kubeadm has deployed the cluster.',
  },
  // Preview & review
  preview: 'Preview',
  // Permalink notices
  linkNotice: 'Some parts of the link could not be read and were left at their defaults:',
  dropReasons: {
    'unknown-key': 'unknown part',
    invalid: 'not valid',
    'too-long': 'too long for a link',
    'too-many-nodes': 'too many nodes',
    'newer-version': 'made by a newer version; read as far as possible',
    'no-version': 'no version; read as version 1',
    duplicate: 'given twice; the first one was used',
  } as Record<string, string>,
  dismiss: 'Dismiss',
  // Import
  importTitle: 'Start from my files',
  explainTitle: 'Paste an error or a log',
  // Cluster step (the first screen)
  kubernetesVersion: 'Kubernetes version',
  kubernetesVersionHint: 'A minor such as 1.33, or the exact patch release you install, such as 1.33.1: the files write it as it is.',
  flannelVersion: 'Flannel version',
  stackLegend: 'IP stack and primary family',
  stacks: {
    ipv4: 'IPv4 only',
    ipv6: 'IPv6 only',
    dual4: 'Dual-stack, IPv4 primary',
    dual6: 'Dual-stack, IPv6 primary',
  },
  stackHints: {
    ipv4: 'Pods, Services and nodes use IPv4 only.',
    ipv6: 'Pods, Services and nodes use IPv6 only; Flannel needs v0.17.0 or later.',
    dual4: 'IPv4 is listed first: new Services default to IPv4, node.spec.podCIDR is the IPv4 block, and the node\'s primary IP is IPv4.',
    dual6: 'IPv6 is listed first: new Services default to IPv6, node.spec.podCIDR is the IPv6 block (Flannel v0.20.2+), and the node\'s primary IP is IPv6.',
  },
};

export type UiMessages = typeof uiEn;
