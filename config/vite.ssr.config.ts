// Builds src/app/prerender.tsx for Node, to fill dist/index.html with the first screen at build time, and
// src/pages/rule-pages.ts, which writes the static rule pages (scripts/rule-pages.mjs); npm run build:prerender.
// Paths are relative to the working directory, the repository's top, where npm runs.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    ssr: true,
    outDir: 'dist-ssr',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { input: { prerender: 'src/app/prerender.tsx', 'rule-pages': 'src/pages/rule-pages.ts' }, output: { entryFileNames: '[name].mjs' } },
  },
});
