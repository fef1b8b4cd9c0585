// 命令行在诊断信息之外的句子（check 的文本输出、generate 的报告），简体中文。
import type { CliWords } from './cli.en';

export const cliZh: CliWords = {
  severity: { error: '错误', warning: '警告', info: '说明' },
  fix: '修复',
  versionFrom: {
    flag: (flag) => `来自 ${flag}`,
    file: (file) => `来自 ${file}`,
    comment: (file) => `由 dualstack-wizard 记录在 ${file} 中`,
    apiVersion: (apiVersion, file, flag) => `推测：接受 ${file} 的 ${apiVersion} 的最新版本；用 ${flag} 指定`,
    default: (flag) => `已知的最新版本；文件中没有找到版本，用 ${flag} 指定`,
  },
  // Each version ends in its reason in full-width parentheses, so no space follows it.
  checkingFor: (kubernetes, flannel) => `按 ${kubernetes}和 ${flannel}检查。`,
  files: (list) => `文件：${list.join('，')}。`,
  capacityFamily: (c) => {
    const lost = c.nodeBlocks - c.usableBlocks;
    return `${c.family === 'ipv4' ? 'IPv4' : 'IPv6'} ${c.podCidr} 按 /${c.nodeMask} 分块：${c.usableBlocks} 个节点${lost > 0n ? `（${lost} 块被 Service CIDR 占用）` : ''}`;
  },
  capacity: (families, planned) => `节点容量：${families.join('；')}。文件中列出了 ${planned} 个节点。`,
  noFlannel: '没有提供 Flannel 配置：跳过了 Flannel 规则（请提供 kube-flannel.yml、net-conf.json 或 --flannel-version）。',
  clean: (files, notes) => `${files} 个文件中没有发现问题${notes ? `（${notes} 条说明）` : ''}。`,
  summary: (errors, warnings, notes, files) => `${files} 个文件中有 ${errors + warnings} 个问题（${errors} 个错误，${warnings} 个警告）${notes ? `，另有 ${notes} 条说明` : ''}。`,
  seeRule: (path) => `见 ${path}`,
  explain: {
    message: '消息',
    reads: '读取方',
    happens: '后果',
    versions: '版本',
    allVersions: '本工具已知的所有版本',
    upstream: '上游消息',
    noUpstream: '上游消息：无（这种后果本身不打印错误）。',
    alsoUpstream: '其他原因也会打印',
    source: '来源',
    messageSource: '出自',
    listHeader: (rules, messages) => `${rules} 条规则，${messages} 条上游消息。`,
    messagesCount: (n) => `${n} 条消息`,
    unknownRule: (id, close) => `没有规则 "${id}"${close.length ? `；是否想找 ${close.join('、')}？` : ''}（\`dualstack-wizard explain --list\` 列出所有规则）`,
    noMatch: (lines) => `${lines} 行中没有已知的上游消息。`,
    matchHeader: (source, line) => `${source}:${line}`,
    alsoCause: '（同一条消息，另一种可能的原因）',
    moreLines: (lines, more) => `另见第 ${lines.join('、')} 行${more > 0 ? `，另有 ${more} 行` : ''}。`,
    matchSummary: (rules) => `匹配到 ${rules} 条规则。`,
  },
  planHasErrors: (count) => `规划中有 ${count} 个错误；运行 \`dualstack-wizard check\` 查看说明。\n`,
  wrote: (count, out, names) => `已把 ${count} 个文件写入 ${out}：${names.join('，')}\n`,
  secretsNote: (tokenGiven, keyGiven) =>
    `kubeadm-config.yaml 和 join 文件中有${tokenGiven ? '给定的' : '新生成的'}引导 token${keyGiven !== null ? `和${keyGiven ? '给定的' : '新生成的'}证书密钥` : ''}：请妥善保密。按 NEXT-STEPS.md 的说明填入 CA 证书哈希。\n`,
  planErrors: '规划中有错误：文件已写入，但 kubeadm 或 Flannel 会如上所述失败。\n',
};
