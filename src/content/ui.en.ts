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
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  goToField: 'Go to field',
  why: 'Why',
  // Preview & review
  preview: 'Preview',
  // Permalink notices
  linkNotice: 'Some parts of the link could not be read and were left at their defaults:',
  dropReasons: {
    'unknown-key': 'unknown part',
    invalid: 'not valid',
    'too-long': 'the link is too long',
    'too-many-nodes': 'too many nodes',
    'newer-version': 'made by a newer version; read as far as possible',
    'no-version': 'no version; read as version 1',
    duplicate: 'given twice; the first one was used',
  } as Record<string, string>,
  dismiss: 'Dismiss',
  // Import
  importTitle: 'Start from my files',
};

export type UiMessages = typeof uiEn;
