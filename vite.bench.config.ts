// Bundles scripts/bench.ts so Node 20 can run it.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'scripts/bench.ts',
    outDir: 'dist-bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'bench.mjs' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
