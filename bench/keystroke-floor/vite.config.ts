// Builds bench/keystroke-floor for npm run bench (see that page's comment, main.tsx). Paths are relative to the working
// directory, the repository's top, where npm runs.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/keystroke-floor',
  base: './',
  plugins: [react()],
  build: { target: 'es2022', outDir: '../../dist-bench/keystroke-floor', emptyOutDir: true },
});
