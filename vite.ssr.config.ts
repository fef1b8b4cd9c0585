// Builds src/app/prerender.tsx for Node, to fill dist/index.html with the first screen at build time.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    ssr: 'src/app/prerender.tsx',
    outDir: 'dist-ssr',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'prerender.mjs' } },
  },
});
