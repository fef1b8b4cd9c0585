// Boundaries the code keeps by itself (`npm run lint:deps`, run first by `npm test`). See ARCHITECTURE.md.
// Parsed with swc, which sees `import type` too: TypeScript 7 has no compiler API for dependency-cruiser to use.
// All of src is cruised, but swc's parser, as dependency-cruiser calls it, reads no TSX: a .tsx file is recorded where
// a .ts file imports it, and not read. tests/build/import-graph.test.ts reads every .ts and .tsx file of src itself
// (dynamic imports and workers included) and applies the rules below to that graph, so they are written once, here.

// The page's feature folders: src/app/<area>/<feature>/. A feature is imported from another only through its index.ts
// or index.tsx. The one place to change when the folders move: $1 is the area, $2 the feature.
const FEATURE = '^src/app/(features)/([^/]+)/';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No circles in src, type-only imports included: a module never depends on itself through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-not-to-app-cli-content-pages',
      comment: 'src/domain is shared by the page, the CLI and the tests: it never reads the UI, the CLI, the words or the rule pages.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(app|cli|content|pages)/' },
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
      name: 'cli-pages-not-to-app',
      comment: 'The CLI and the rule pages run without the page: they never import src/app.',
      severity: 'error',
      from: { path: '^src/(cli|pages)/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'feature-not-to-other-feature-insides',
      comment: 'A feature folder uses another feature only through its index.ts(x), never a file inside it.',
      severity: 'error',
      from: { path: FEATURE },
      to: { path: FEATURE, pathNot: ['^src/app/$1/$2/', `${FEATURE}index\\.tsx?$`] },
    },
    {
      name: 'checks-not-to-rule-words',
      comment: "A rule's check loads with the engine; its words, source, upstream messages and example load apart (vite.config.ts groups them by file name), so no check or other domain code imports them.",
      severity: 'error',
      from: { path: '^src/domain/', pathNot: ['\\.(en|zh|words)\\.ts$', '^src/domain/rules/(examples|messages|sources|example-kit|message-kit)\\.ts$', '^src/domain/rules/[^/]+/[^/]+/(source|upstream|example)\\.ts$'] },
      to: { path: ['^src/domain/rules/.*\\.(en|zh|words)\\.ts$', '^src/domain/rules/[^/]+/[^/]+/(source|upstream|example)\\.ts$'] },
    },
    {
      name: 'features-not-to-shell',
      comment: 'Features are laid out by app.tsx and wired by shell/; they never import either.',
      severity: 'error',
      from: { path: '^src/app/features/' },
      to: { path: '^src/app/(shell/|app\\.tsx$|main\\.tsx$|prerender\\.tsx$|start\\.ts$)' },
    },
    {
      name: 'shared-not-to-features-or-shell',
      comment: 'components/ (shared widgets), shared/ and engine/ serve every feature, so they import none of them, nor shell/.',
      severity: 'error',
      from: { path: '^src/app/(components|shared|engine)/' },
      to: { path: '^src/app/(features|shell)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve would hide a boundary break from the rules above.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    parser: 'swc',
    doNotFollow: { path: ['node_modules', '\\.tsx$'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      conditionNames: ['import', 'browser', 'default'],
      exportsFields: ['exports'],
    },
  },
};
