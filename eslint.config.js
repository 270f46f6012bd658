// ESLint flat config. Fast on purpose: typescript-eslint's recommended rules without type
// information; the folder boundaries are checked by dependency-cruiser (`npm run depcheck`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The core decides, it never acts: time, randomness, timers, the network and the process all
// come in through ports (src/ports/clock.ts, src/ports/ids.ts) so that core code is deterministic.
const coreRestrictedGlobals = [
  {
    name: 'process',
    message: 'core is isomorphic and never reads the process: take the value as an argument.',
  },
  { name: 'Buffer', message: 'core is isomorphic: Buffer exists only on Node. Use strings or Uint8Array.' },
  { name: 'setTimeout', message: 'core never schedules: return a command and let a use case start a timer.' },
  {
    name: 'setInterval',
    message: 'core never schedules: return a command and let a use case start a timer.',
  },
  {
    name: 'setImmediate',
    message: 'core never schedules: return a command and let a use case start a timer.',
  },
  { name: 'fetch', message: 'core does no I/O: put the call behind a port and call it from a use case.' },
  { name: 'crypto', message: 'core takes ids and secrets from the IdGenerator port, never from crypto.' },
  { name: 'performance', message: 'core never reads a clock: take `now` or a Clock as an argument.' },
];

export default defineConfig(
  {
    ignores: [
      '**/dist/',
      '**/node_modules/',
      'data/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      '.vite/',
      '.scratch/',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  // Plain JavaScript: config files and scripts run on Node.
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  // The web app runs in the browser.
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  // The core is pure: no clock, no randomness, no timers, no I/O (code-style-study §10, §14.2).
  {
    files: ['src/core/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'core never reads the clock: take `now: Instant` or a Clock.',
        },
        {
          object: 'Math',
          property: 'random',
          message: 'core is deterministic: take ids from the IdGenerator port.',
        },
      ],
      'no-restricted-globals': ['error', ...coreRestrictedGlobals],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core never reads the clock: `new Date()` is "now". Take `now: Instant` or a Clock.',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'core never reads the clock: `Date()` is "now". Take `now: Instant` or a Clock.',
        },
      ],
    },
  },
);
