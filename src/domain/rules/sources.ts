// Where each rule's behaviour comes from (each rule's source.ts): upstream file, function, commit or tag, one line.
// Only explanations need these, so they load with the words (src/content) rather than with the checks.
import { byRule } from './folders';

// Stryker disable next-line all: Vite reads the glob's literal arguments at build time; a mutant of them does not build.
const SOURCES = import.meta.glob<{ source: string }>('./*/*/source.ts', { eager: true });

export const RULE_SOURCES: Record<string, string> = byRule(SOURCES, (m) => m.source);
