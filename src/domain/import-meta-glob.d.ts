// Vite's import.meta.glob (eager form), for the code compiled without vite/client (tsconfig.domain.json,
// tsconfig.node.json): the catalogue gathers each rule's words, sources, examples and messages by folder (rules/folders.ts).
interface ImportMeta {
  glob<M>(pattern: string, options: { eager: true }): Record<string, M>;
}
