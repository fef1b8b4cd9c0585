// Bundles scripts/bench-rules.ts and scripts/bench-parsers.ts so Node 20 can run them (npm run bench). Paths are
// relative to the working directory, the repository's top, where npm runs.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist-bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { input: { 'bench-rules': 'scripts/bench-rules.ts', 'bench-parsers': 'scripts/bench-parsers.ts' }, output: { entryFileNames: '[name].mjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
