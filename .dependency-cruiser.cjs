// The dependency rules of ARCHITECTURE.md ("Layers"), as code. Dependencies point inward:
// cli → adapters → use-cases → ports → core. `npm run depcheck` fails on any rule marked 'error'.
//
// Test files (`*.test.ts`, `*.contract.ts`) are exempt from the package and adapter rules: a test
// may use vitest, fast-check and node:*, and may wire adapters together the way cli/ does. They are
// not exempt from the rules that keep the core pure and the layers pointing inward: a test beside
// core code reads no file itself, it imports a loader from test/fixtures.

/** Test files: unit tests beside their subject, the port contract suites, and helpers shared by tests. */
const TESTS = '\\.(test|contract|testkit)\\.tsx?$';

/** The folders of src/core in dependency order: each may import only the folders listed for it. */
const CORE_ORDER = {
  shared: [],
  // Special functions and optimisers for the CLV models: pure numerics, importing nothing.
  numeric: [],
  events: ['shared'],
  profiles: ['shared', 'events'],
  segments: ['shared', 'events', 'profiles'],
  // journeys refer to a message template by TemplateId only: they never import messaging.
  journeys: ['shared', 'events', 'profiles', 'segments'],
  messaging: ['shared', 'events', 'profiles'],
  analytics: ['shared', 'events', 'profiles', 'segments', 'journeys', 'messaging', 'numeric'],
  'journey-map': ['shared', 'events', 'profiles', 'segments', 'journeys', 'messaging', 'analytics'],
  // The demo-store generator (`npm run demo`): a leaf that no other core folder imports.
  demo: ['shared', 'events'],
};

const coreOrderRules = Object.entries(CORE_ORDER).map(([folder, allowed]) => ({
  name: `core-${folder}-imports-only-${allowed.length === 0 ? 'itself' : allowed.join('-')}`,
  comment:
    `src/core/${folder} may import ` +
    (allowed.length === 0 ? 'no other core folder' : `only core/{${allowed.join(', ')}}`) +
    ' (the order inside core: shared ← events ← profiles ← segments ← journeys ← journey-map).',
  severity: 'error',
  from: { path: `^src/core/${folder}/` },
  to: {
    path: '^src/core/',
    pathNot: `^src/core/(${[folder, ...allowed].join('|')})/`,
  },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // ---- everywhere -------------------------------------------------------------------------
    {
      name: 'no-circular',
      comment: 'Modules must not depend on each other in a cycle, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'Every import must resolve to a file or an installed package (a typo, or a missing npm install).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'production-code-not-to-tests',
      comment: 'Test files and contract suites are imported by tests only.',
      severity: 'error',
      from: { pathNot: TESTS },
      to: { path: TESTS },
    },
    {
      name: 'only-cli-imports-cli',
      comment: 'src/cli is the composition root: it imports everything and nothing imports it.',
      severity: 'error',
      from: { pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'core-through-its-index',
      comment:
        "Another folder uses a core folder through its index.ts (its public surface), never a file inside it: import 'core/profiles/index.js', not 'core/profiles/plan-ingest.js'.",
      severity: 'error',
      from: { path: '^(src|web/src)/', pathNot: '^src/core/' },
      to: { path: '^src/core/[^/]+/', pathNot: '^src/core/[^/]+/index\\.tsx?$' },
    },
    {
      name: 'core-folders-through-their-index',
      comment: 'Inside core too, one folder imports another only through its index.ts.',
      severity: 'error',
      from: { path: '^src/core/([^/]+)/' },
      to: { path: '^src/core/[^/]+/', pathNot: '^src/core/($1/|[^/]+/index\\.tsx?$)' },
    },
    {
      name: 'production-code-not-to-dev-dependencies',
      comment:
        'Server code runs with dependencies only; devDependencies (vitest, fast-check, …) are for tests, tools and the bundled web app.',
      severity: 'error',
      from: { path: '^src/', pathNot: TESTS },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },

    // ---- core: pure and isomorphic ----------------------------------------------------------
    {
      name: 'core-not-to-outer-layers',
      comment:
        'src/core is the product rules: it must not import ports, use-cases, adapters, config, cli or the web app.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src/(ports|use-cases|adapters|config|cli)|web)/' },
    },
    {
      name: 'core-not-to-node-builtins',
      comment: 'src/core runs in the browser too: no node:* modules. I/O belongs behind a port.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-not-to-packages-but-zod',
      comment: 'src/core may use the schema library (zod) and no other package.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: TESTS },
      to: { path: 'node_modules/', pathNot: 'node_modules/zod/' },
    },
    {
      name: 'core-tests-stay-pure',
      comment:
        'Tests beside core code may add vitest, fast-check and the loaders of test/fixtures to what core may import; files are read by those loaders, never by core, tests included.',
      severity: 'error',
      from: { path: `^src/core/.*${TESTS}` },
      to: {
        pathNot: '^src/core/|^test/fixtures/|node_modules/(zod|vitest|@vitest|fast-check)/',
      },
    },
    ...coreOrderRules,
    {
      name: 'core-folder-has-a-place-in-the-order',
      comment: `A new folder in src/core needs its place in CORE_ORDER of .dependency-cruiser.cjs and in ARCHITECTURE.md.`,
      severity: 'warn',
      from: { path: `^src/core/((?!(?:${Object.keys(CORE_ORDER).join('|')})/)[^/]+)/` },
      to: { path: '^src/core/', pathNot: '^src/core/$1/' },
    },

    // ---- ports: interfaces over core types ----------------------------------------------------
    {
      name: 'ports-import-only-core',
      comment:
        'src/ports declares what the use cases need, in core terms: it imports core and other ports only.',
      severity: 'error',
      from: { path: '^src/ports/', pathNot: TESTS },
      to: { pathNot: '^src/(core|ports)/' },
    },
    {
      name: 'ports-use-core-types-only',
      comment: "A port is an interface: it imports core with 'import type' only.",
      severity: 'error',
      from: { path: '^src/ports/', pathNot: TESTS },
      to: { path: '^src/core/', dependencyTypesNot: ['type-only'] },
    },

    // ---- use-cases: sequence I/O through ports ------------------------------------------------
    {
      name: 'use-cases-import-only-core-and-ports',
      comment:
        'src/use-cases sequence I/O through ports: they import core, ports and other use cases; no adapters, config, cli, node:* or packages.',
      severity: 'error',
      from: { path: '^src/use-cases/', pathNot: TESTS },
      to: { pathNot: '^src/(core|ports|use-cases)/' },
    },
    {
      name: 'use-case-tests-not-to-outer-layers',
      comment: 'A use-case test may use test adapters (memory storage) but not config, cli or http.',
      severity: 'error',
      from: { path: `^src/use-cases/.*${TESTS}` },
      to: { path: '^src/(config|cli|adapters/(http|scheduler))/' },
    },

    // ---- adapters -----------------------------------------------------------------------------
    {
      name: 'storage-and-channel-adapters-stay-in-their-folder',
      comment:
        'An adapter in adapters/storage/<x> or adapters/channels/<x> must not import another adapter: each backend stands alone.',
      severity: 'error',
      from: { path: '^src/adapters/(storage|channels)/([^/]+)/', pathNot: TESTS },
      to: { path: '^src/adapters/', pathNot: '^src/adapters/$1/$2/' },
    },
    {
      name: 'storage-and-channel-adapters-not-to-use-cases',
      comment: 'Driven adapters (storage, channels) are called by use cases; they never call one.',
      severity: 'error',
      from: { path: '^src/adapters/(storage|channels)/' },
      to: { path: '^src/use-cases/' },
    },
    {
      name: 'http-and-scheduler-not-to-implementations',
      comment:
        'Driving adapters (http, scheduler) talk to use cases and port types, never to a storage or channel implementation: cli/main.ts wires those in.',
      severity: 'error',
      from: { path: '^src/adapters/(http|scheduler)/', pathNot: TESTS },
      to: { path: '^src/adapters/(storage|channels)/' },
    },

    // ---- config -------------------------------------------------------------------------------
    {
      name: 'config-imports-only-core-shared-and-zod',
      comment:
        'src/config turns file + environment into a typed Config: it imports core/shared, other config files and zod only (cli reads the environment and files and hands them in).',
      severity: 'error',
      from: { path: '^src/config/', pathNot: TESTS },
      to: { pathNot: '^src/(core/shared|config)/|node_modules/zod/' },
    },

    // ---- web ----------------------------------------------------------------------------------
    {
      name: 'web-imports-only-web-and-core',
      comment:
        'web/src talks to the server over HTTP: from src/ it may import core (shared rules and types) and nothing else.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^(src/(ports|use-cases|adapters|config|cli)|test|bench|scripts)/' },
    },
    {
      name: 'web-not-to-node-builtins',
      comment: 'web/src runs in the browser: no node:* modules.',
      severity: 'error',
      from: { path: '^web/src/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|data|coverage)/' },
    // Keep type-only imports in the graph: a port importing core types is a real dependency.
    tsPreCompilationDeps: true,
    // Lets `./x.js` specifiers (NodeNext) resolve to `./x.ts`.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: {
      dot: { collapsePattern: 'node_modules/(?:@[^/]+/)?[^/]+' },
    },
  },
};
