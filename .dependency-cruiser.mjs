// Boundaries the code keeps by itself (`npm run lint:deps`, run first by `npm test`). See ARCHITECTURE.md.
// Parsed with swc, which sees `import type` too: TypeScript 7 has no compiler API for dependency-cruiser to use.
// Every rule starts in src/domain, so only src/domain is cruised (swc's parser, as dependency-cruiser calls it, reads no
// TSX); what it imports from elsewhere is recorded without being followed.
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'domain-not-to-app-cli-content',
      comment: 'src/domain is shared by the page, the CLI and the tests: it never reads the UI, the CLI or the words.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(app|cli|content)/' },
    },
    {
      name: 'domain-not-to-react-or-dom',
      comment: 'src/domain has no React and no DOM (tsconfig.domain.json also compiles it without the DOM lib).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: 'node_modules/(react|react-dom|react-hook-form|scheduler|@types/react|@types/react-dom|fflate)/' },
    },
    {
      name: 'domain-not-to-node',
      comment: 'src/domain runs in the browser too: no Node built-ins.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'render-not-to-rules',
      comment: 'Renderers write the plan as it is; they never depend on the rules. Derived values live in plan.ts.',
      severity: 'error',
      from: { path: '^src/domain/render/' },
      to: { path: '^src/domain/rules/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve would hide a boundary break from the rules above.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    parser: 'swc',
    doNotFollow: { path: ['node_modules', '^src/(app|cli|content)/'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      conditionNames: ['import', 'browser', 'default'],
      exportsFields: ['exports'],
    },
  },
};
