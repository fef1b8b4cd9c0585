// The CLI's own sentences around the diagnostics (check's text output, generate's report), in English.
// cli.zh.ts has the same keys; `--lang zh-CN` picks it.
import type { FamilyNodeCapacity } from '../domain/resolve';

const plural = (n: number | bigint, word: string): string => `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;

export const cliEn = {
  severity: { error: 'error', warning: 'warning', info: 'note' },
  fix: 'Fix',
  versionFrom: {
    flag: (flag: string) => `from ${flag}`,
    file: (file: string) => `from ${file}`,
    comment: (file: string) => `recorded by dualstack-wizard in ${file}`,
    apiVersion: (apiVersion: string, file: string, flag: string) => `assumed: the newest release that accepts ${apiVersion} of ${file}; pass ${flag} to choose`,
    default: (flag: string) => `newest known; none found in the files, pass ${flag} to choose`,
  },
  checkingFor: (kubernetes: string, flannel: string) => `Checking for ${kubernetes} and ${flannel}.`,
  files: (list: string[]) => `Files: ${list.join(', ')}.`,
  capacityFamily: (c: FamilyNodeCapacity) => {
    const lost = c.nodeBlocks - c.usableBlocks;
    return `${c.family === 'ipv4' ? 'IPv4' : 'IPv6'} ${c.podCidr} in /${c.nodeMask} blocks: ${plural(c.usableBlocks, 'node')}${lost > 0n ? ` (${plural(lost, 'block')} taken by the Service CIDR)` : ''}`;
  },
  capacity: (families: string[], planned: number) => `Node capacity: ${families.join('; ')}. The files name ${plural(planned, 'node')}.`,
  noFlannel: 'No Flannel configuration given: Flannel rules were skipped (pass kube-flannel.yml, net-conf.json or --flannel-version).',
  clean: (files: number, notes: number) => `No problems found in ${plural(files, 'file')}${notes ? ` (${plural(notes, 'note')})` : ''}.`,
  summary: (errors: number, warnings: number, notes: number, files: number) =>
    `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})${notes ? ` and ${plural(notes, 'note')}` : ''} in ${plural(files, 'file')}.`,
  /** The rule's page, as a path under the site root (`rules/<id>/`, `zh-CN/rules/<id>/`). */
  seeRule: (path: string) => `See ${path}`,
  /** After the last diagnostic of a rule shown for a file: how many more of it the file has (diagnostic-cap.ts). */
  moreLikeThis: (more: number, file: string) => `…and ${more.toLocaleString('en-US')} more like this in ${file}, not shown.`,
  // explain
  explain: {
    message: 'Message',
    reads: 'What reads it',
    happens: 'What happens',
    versions: 'Versions',
    allVersions: 'every version this tool knows',
    upstream: 'Upstream messages',
    noUpstream: 'Upstream messages: none (the outcome prints no error of its own).',
    alsoUpstream: 'Also printed for other causes',
    source: 'Source',
    messageSource: 'from',
    listHeader: (rules: number, messages: number) => `${plural(rules, 'rule')}, ${plural(messages, 'upstream message')}.`,
    messagesCount: (n: number) => plural(n, 'message'),
    unknownRule: (id: string, close: string[]) =>
      `unknown rule "${id}"${close.length ? `; did you mean ${close.join(', ')}?` : ''} (dualstack-wizard explain --list shows every rule)`,
    noMatch: (lines: number) => `No known upstream message in ${plural(lines, 'line')}.`,
    matchHeader: (source: string, line: number) => `${source}:${line}`,
    alsoCause: '(the same message, another possible cause)',
    moreLines: (lines: number[], more: number) => `Also on ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
    matchSummary: (rules: number) => `${plural(rules, 'rule')} matched.`,
  },
  // plan
  planHasErrors: (count: number) => `The plan has ${count} error(s); run "dualstack-wizard check" for explanations.\n`,
  // generate
  wrote: (count: number, out: string, names: string[]) => `Wrote ${count} files to ${out}: ${names.join(', ')}\n`,
  /** key: null when no control-plane node joins (no certificate key); true when given by a flag. */
  secretsNote: (tokenGiven: boolean, keyGiven: boolean | null) =>
    `kubeadm-config.yaml and the join files hold ${tokenGiven ? 'the given' : 'a new'} bootstrap token${keyGiven !== null ? ` and ${keyGiven ? 'the given' : 'a new'} certificate key` : ''}: keep them secret. Fill in the CA certificate hash as NEXT-STEPS.md says.\n`,
  planErrors: 'The plan has errors: the files were written, but kubeadm or Flannel will fail as described above.\n',
  exampleValues: (nodes: Array<{ name: string; values: string[] }>) =>
    `plan: the nodes still hold the wizard's example values: ${nodes.map((n) => (n.values.length ? `${n.name} (${n.values.join(', ')})` : n.name)).join('; ')}. Put in your own nodes' names and addresses ("nodes" in the plan, or the Nodes step of the link) before you use these files.\n`,
};

export type CliWords = typeof cliEn;
