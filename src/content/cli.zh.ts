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
  moreLikeThis: (more, file) => `……${file} 中还有 ${more.toLocaleString('en-US')} 条同类问题，未列出。`,
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
  exampleValues: (nodes) =>
    `plan：节点仍是向导的示例值：${nodes.map((n) => (n.values.length ? `${n.name}（${n.values.join('、')}）` : n.name)).join('；')}。使用这些文件之前，请填入你自己的节点名称和地址（规划中的 "nodes"，或链接的“节点”步骤）。\n`,
};

/** The usage text in Chinese, printed instead of the English one when the arguments hold `--lang zh-CN`. */
export const USAGE_ZH = `用法：
  dualstack-wizard check [--kubernetes-version 1.33] [--flannel-version v0.28.9] [--format text|json] [--lang en|zh-CN] FILE...
  dualstack-wizard plan [--kubernetes-version V] [--flannel-version V] [--lang en|zh-CN] FILE...
  dualstack-wizard generate (--plan plan.json | --link URL-or-fragment) [--out DIR] [--force] [--lang en|zh-CN]
                            [--token abcdef.0123456789abcdef] [--certificate-key HEX64] [--iface NAME]
  dualstack-wizard explain (RULE-ID | --log FILE|- | --list) [--format text|json] [--lang en|zh-CN]

  check   预测 kubeadm、Kubernetes 和 Flannel 会如何处理这些文件。
          退出码 0：没有错误；1：发现错误；2：用法错误或文件无法读取。
  plan    以 JSON 打印从文件中恢复出的网络规划。
  generate  为一个规划写出 kubeadm-config.yaml、join-<node>.yaml、Flannel 的文件和 NEXT-STEPS.md
          （规划是 \`plan\` 打印的 JSON 文件，或向导的永久链接）。已有的文件会保留，除非给出 --force。
          kubeadm-config.yaml 和 join 文件共用一个引导 token 和一个证书密钥，除非用 --token / --certificate-key
          指定，否则随机新生成；CA 证书哈希留待填写。
          --iface 设置 flanneld 的 --iface（网卡名或地址），取代规划中的值，三种安装 Flannel 的方式都用它。
  explain RULE-ID  一条规则的含义：谁读取这个值、会发生什么、如何修复、涉及的版本，以及 kubeadm、Kubernetes
          或 Flannel 为它打印的消息和这些消息的上游出处。
  explain --log FILE|-  在日志中查找这些消息（kube-flannel、\`kubeadm init\`、kube-apiserver、kubelet、
          \`kubectl describe node\`；\`-\` 表示读取标准输入），按匹配程度从高到低列出它们指向的规则。
          退出码 0：没有认出任何消息；1：匹配到规则；2：用法错误或文件无法读取。
  explain --list  列出所有规则及其严重程度、组件、阶段和上游消息的数量。

文本输出为每条规则给出它在站点根目录下的页面：\`rules/<id>/\`（使用 --lang zh-CN 时为 \`zh-CN/rules/<id>/\`）。

FILE 可以是 kubeadm 的 --config 文件（包括 join 文件）、kube-flannel.yml 或 kube-flannel-cfg.yaml、net-conf.json、
修补 kube-flannel-cfg 的 kustomization.yaml，或 Flannel Helm chart 的 values；文件类型按内容识别，文件的顺序不影响结果。

--lang zh-CN 用简体中文输出消息、说明以及生成文件中的注释和 NEXT-STEPS.md；规则编号、JSON 键、取值和上游错误原文保持不变。
`;
