import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths: the build works from any sub-path of any static host.
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // The entry's preload map names every chunk each lazy step needs, so a module shared by two lazy chunks
        // (which the bundler would split into a chunk of its own) adds a name to the first load. These groups keep
        // the address-space picture's shared modules in chunks that exist without it: its step wrapper with the steps'
        // words, and the rules it draws with (context, node capacity, special ranges) with the engine.
        // Dependencies stay where they are (`includeDependenciesRecursively: false`), so nothing leaves the entry.
        codeSplitting: {
          groups: [
            {
              name: 'steps-ui',
              test: /src[\\/](app[\\/](shared[\\/](steps-ui|download)\.ts|features[\\/]picture[\\/]index\.tsx)|content[\\/]ui-steps\.en\.ts)$/,
              includeDependenciesRecursively: false,
            },
            {
              // The checks: every module of src/domain/rules but the parts chosen by file name, which load apart:
              // words (*.en.ts, *.zh.ts, *.words.ts), sources (source.ts, sources.ts) and folders.ts with the words;
              // upstream messages (upstream.ts, messages.ts, message-kit.ts) with the log explainer; examples
              // (example.ts, examples.ts, example-kit.ts) with the rule pages.
              name: 'engine',
              test: /src[\\/]domain[\\/](rules[\\/](?!(?:.*[\\/])?(?:sources?|folders|upstream|messages|message-kit|examples?|example-kit)\.ts$|.*\.(?:en|zh|words)\.ts$).+|host-port|cluster)\.ts$/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
