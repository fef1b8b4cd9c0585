// Bundles scripts/bench-rules.ts so Node 20 can run it.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'scripts/bench-rules.ts',
    outDir: 'dist-bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'bench-rules.mjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
