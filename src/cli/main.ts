// dualstack-wizard command line: check | plan | generate | explain.
import { describeDiagnostic } from '../content/describe';
import { MAX_NODE_LIST_BYTES } from '../domain/limits';
import { analyzeFiles, type InputFile } from '../domain/parse/files';
import { CERTIFICATE_KEY_PATTERN, type RandomSource, TOKEN_PATTERN } from '../domain/render/secrets';
import { parseFlannelVersion, parseKubernetesVersion } from '../domain/versions';
import { type CliLang, cliLanguage, runCheck } from './check';
import { USAGE_ZH } from '../content/cli.zh';
import { UnknownRuleError, explainList, explainLogFile, explainLogStream, explainRule } from './explain';
import { GenerateError, runGenerate } from './generate';
import { type ByteSource, InputError, readTextFile } from './read-input';
import { forText, visibleControls } from './terminal-text';

const USAGE = `Usage:
  dualstack-wizard check [--kubernetes-version 1.33] [--flannel-version v0.28.9] [--format text|json] [--lang en|zh-CN] FILE...
  dualstack-wizard plan [--kubernetes-version V] [--flannel-version V] [--lang en|zh-CN] FILE...
  dualstack-wizard generate (--plan plan.json | --link URL-or-fragment) [--out DIR] [--force] [--lang en|zh-CN]
                            [--token abcdef.0123456789abcdef] [--certificate-key HEX64] [--iface NAME]
  dualstack-wizard explain (RULE-ID | --log FILE|- | --list) [--format text|json] [--lang en|zh-CN]

  check   Predict what kubeadm, Kubernetes and Flannel will do with these files.
          Exit 0: no errors; 1: errors found; 2: usage error or unreadable file.
  plan    Print the network plan recovered from the files, as JSON.
  generate  Write kubeadm-config.yaml, join-<node>.yaml, the Flannel files and NEXT-STEPS.md for a plan
          (a JSON file as printed by "plan", or a wizard permalink). Existing files are kept unless --force.
          kubeadm-config.yaml and the join files share a bootstrap token and a certificate key, new random ones
          unless --token / --certificate-key give them; the CA certificate hash is left to fill in.
          --iface sets flanneld's --iface (an interface name or address) in place of the plan's, in all three
          ways of installing Flannel.
  explain RULE-ID  What a rule means: what reads the value, what happens, the fix, the versions, and the messages
          kubeadm, Kubernetes or Flannel print for it, with their upstream source.
  explain --log FILE|-  Find those messages in a log (kube-flannel, kubeadm init, kube-apiserver, kubelet, kubectl
          describe node; "-" reads standard input) and list the rules they point to, best first.
          Exit 0: nothing recognised; 1: a rule matched; 2: usage error or unreadable file.
  explain --list  Every rule with its severity, component, phase and number of upstream messages.

Text output names each rule's page under the site root: rules/<id>/ (zh-CN/rules/<id>/ with --lang zh-CN).

FILE is a kubeadm --config file (join files too), a kube-flannel.yml or kube-flannel-cfg.yaml, a net-conf.json, a
kustomization.yaml that patches kube-flannel-cfg, or values for Flannel's Helm chart; the kind is detected from the
content, and the order of the files does not matter.

--lang zh-CN writes messages, explanations and the generated files' comments and NEXT-STEPS.md in Simplified
Chinese; rule ids, JSON keys, values and upstream error strings stay as they are.
`;

// Reads stop here, counted as they go (a device or a pipe has no size). A log may be 16 MiB; check and plan read up
// to the largest file a parser takes (a List of Nodes in JSON), and the parsers refuse more than 1 MiB of anything else.
const MAX_FILE_BYTES = 16 * 1024 * 1024;

export class UsageError extends Error {}

interface Parsed {
  command: string;
  files: string[];
  flags: Record<string, string>;
}

const FLAGS_WITH_VALUE = new Set(['--kubernetes-version', '--flannel-version', '--format', '--plan', '--link', '--out', '--lang', '--token', '--certificate-key', '--log', '--iface']);
const SWITCHES = new Set(['--force', '--list']);

export function parseArgs(argv: string[]): Parsed {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') throw new UsageError('');
  const flags: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--help' || arg === '-h') throw new UsageError('');
    if (arg.startsWith('--')) {
      const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      if (SWITCHES.has(name) && inline === undefined) {
        flags[name] = 'true';
        continue;
      }
      if (!FLAGS_WITH_VALUE.has(name)) throw new UsageError(`unknown option ${name}`);
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      flags[name] = value;
    } else files.push(arg);
  }
  return { command, files, flags };
}

function versionFlags(flags: Record<string, string>): { kubernetesVersion?: string; flannelVersion?: string } {
  const k8s = flags['--kubernetes-version'];
  const flannel = flags['--flannel-version'];
  if (k8s !== undefined && !parseKubernetesVersion(k8s)) throw new UsageError(`--kubernetes-version "${k8s}" is not a version such as 1.33 or v1.33.2`);
  if (flannel !== undefined && !parseFlannelVersion(flannel)) throw new UsageError(`--flannel-version "${flannel}" is not a version such as 0.28.9 or v0.28.9`);
  return { ...(k8s ? { kubernetesVersion: k8s } : {}), ...(flannel ? { flannelVersion: flannel } : {}) };
}

/** --lang: en (the default) or zh-CN; the tag is read case-insensitively, and zh / zh-Hans name the same words. */
function langFlag(flags: Record<string, string>): CliLang {
  const lang = flags['--lang'];
  if (lang === undefined) return 'en';
  const tag = lang.toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'zh' || tag === 'zh-cn' || tag === 'zh-hans' || tag === 'zh-hans-cn') return 'zh-CN';
  throw new UsageError(`--lang must be en or zh-CN, not "${lang}"`);
}

function readInputs(paths: string[], limit = MAX_NODE_LIST_BYTES): InputFile[] {
  if (paths.length === 0) throw new UsageError('no FILE given');
  return paths.map((path) => ({ path, text: readTextFile(path, limit) }));
}

/** --lang zh-CN among the arguments, read without parsing them (the usage text shows when they do not parse). */
function usageLanguageZh(argv: string[]): boolean {
  const zh = (tag: string | undefined) => ['zh', 'zh-cn', 'zh-hans', 'zh-hans-cn'].includes((tag ?? '').toLowerCase());
  return argv.some((arg, i) => (arg === '--lang' && zh(argv[i + 1])) || (arg.startsWith('--lang=') && zh(arg.slice(7))));
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** For the token and certificate key of generate; Web Crypto when absent. */
  random?: RandomSource;
  /** Standard input, for `explain --log -`: read in chunks, so a followed log is explained as it comes. */
  stdin?: ByteSource;
}

/** kubeadm refuses anything else (cluster-bootstrap BootstrapTokenPattern; validation.go ValidateCertificateKey). */
function secretFlags(flags: Record<string, string>): { token?: string; certificateKey?: string } {
  const token = flags['--token'];
  const key = flags['--certificate-key'];
  if (token !== undefined && !TOKEN_PATTERN.test(token)) throw new UsageError(`--token is not a bootstrap token: kubeadm wants 6 and 16 characters of [a-z0-9] joined by a dot, such as abcdef.0123456789abcdef`);
  if (key !== undefined && !CERTIFICATE_KEY_PATTERN.test(key)) throw new UsageError('--certificate-key is not a certificate key: kubeadm wants 64 hex digits (a 32-byte AES key)');
  return { ...(token !== undefined ? { token } : {}), ...(key !== undefined ? { certificateKey: key } : {}) };
}

export function main(argv: string[], raw: CliIo): number {
  // Everything printed passes through visibleControls: a file's or a log's control characters reach no terminal.
  const io: CliIo = { ...raw, stdout: (text) => raw.stdout(visibleControls(text)), stderr: (text) => raw.stderr(visibleControls(text)) };
  try {
    const { command, files, flags } = parseArgs(argv);
    switch (command) {
      case 'check': {
        const format = flags['--format'] ?? 'text';
        if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
        const lang = langFlag(flags);
        // Flags first: a bad flag is a usage error even when a file is missing too.
        const versions = versionFlags(flags);
        const result = runCheck(readInputs(files), { ...versions, format, lang });
        io.stdout(result.output);
        return result.exitCode;
      }
      case 'plan': {
        if (flags['--format'] !== undefined) throw new UsageError('plan always prints JSON');
        const { rules, cli } = cliLanguage(langFlag(flags));
        const versions = versionFlags(flags);
        const analysis = analyzeFiles(readInputs(files), versions);
        io.stdout(`${JSON.stringify(analysis.plan, null, 2)}\n`);
        const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
        for (const d of errors.map(forText)) io.stderr(`${d.location?.file ?? 'plan'}${d.location?.line ? `:${d.location.line}` : ''}: ${cli.severity.error} [${d.rule}] ${describeDiagnostic(d, rules).message}\n`);
        if (errors.length) io.stderr(cli.planHasErrors(errors.reduce((n, d) => n + 1 + (d.more ?? 0), 0)));
        return 0;
      }
      case 'generate': {
        if (files.length) throw new UsageError(`generate takes no FILE (got ${files.join(' ')})`);
        const lang = langFlag(flags);
        const plan = flags['--plan'];
        const link = flags['--link'];
        if ((plan === undefined) === (link === undefined)) throw new UsageError('generate needs exactly one of --plan or --link');
        const iface = flags['--iface'];
        return runGenerate({ ...(plan !== undefined ? { plan } : {}), ...(link !== undefined ? { link } : {}), ...secretFlags(flags), ...(iface !== undefined ? { iface } : {}), out: flags['--out'] ?? '.', force: flags['--force'] === 'true', lang }, io);
      }
      case 'explain': {
        const format = flags['--format'] ?? 'text';
        if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
        const options = { format, lang: langFlag(flags) } as const;
        const log = flags['--log'];
        const list = flags['--list'] === 'true';
        if ([log !== undefined, list, files.length > 0].filter(Boolean).length !== 1 || files.length > 1)
          throw new UsageError('explain takes exactly one of RULE-ID, --log FILE|- or --list');
        if (list) {
          io.stdout(explainList(options));
          return 0;
        }
        if (log !== undefined) {
          if (log === '-') {
            if (!io.stdin) throw new UsageError('standard input is not available');
            return explainLogStream(io.stdin, MAX_FILE_BYTES, options, io);
          }
          const result = explainLogFile(readInputs([log], MAX_FILE_BYTES)[0]!.text, log, options);
          io.stdout(result.output);
          return result.exitCode;
        }
        io.stdout(explainRule(files[0]!, options));
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof GenerateError || error instanceof UnknownRuleError || error instanceof InputError) {
      io.stderr(`dualstack-wizard: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      if (error.message) io.stderr(`dualstack-wizard: ${error.message}\n\n`);
      io.stderr(usageLanguageZh(argv) ? USAGE_ZH : USAGE);
      return error.message ? 2 : 0;
    }
    // Never a stack trace: say what failed in one line.
    io.stderr(`dualstack-wizard: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
