// A rule's folder is rules/<component>/<name>/ and its id is `<component>-<name>`, as ESLint names a rule by its file
// (rules/kube-proxy/cluster-cidr-mismatch/ holds the kube-proxy rule cluster-cidr-mismatch). The parts other than the check are
// gathered by folder (import.meta.glob, resolved by Vite at build time), so only the catalogue lists the rules.

/** The rule id of a file in a rule's folder, "./<component>/<name>/words.en.ts" → "<component>-<name>". */
export function ruleIdOfPath(path: string): string {
  const parts = path.split('/');
  return `${parts[parts.length - 3]}-${parts[parts.length - 2]}`;
}

/** One value per rule, keyed by id, from the modules of one part (e.g. every words.en.ts). */
export function byRule<M, V>(modules: Record<string, M>, pick: (module: M) => V | undefined): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [path, module] of Object.entries(modules)) {
    const value = pick(module);
    if (value !== undefined) out[ruleIdOfPath(path)] = value;
  }
  return out;
}
