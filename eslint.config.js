import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, top to bottom: a layer may import the ones below it, never those above.
 * `theme` holds the look of entity types, which the graph and the components share.
 */
const LAYERS = [
  'app',
  'routes',
  'features',
  'components',
  'graph',
  'theme',
  'authoring',
  'url',
  'data',
  'lib',
];
const layerZones = LAYERS.flatMap((layer, at) =>
  LAYERS.slice(0, at).map((above) => ({
    target: `./src/${layer}`,
    from: `./src/${above}`,
    message: `${layer}/ sits below ${above}/ and must not import it.`,
  })),
);
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features do not import each other: compose them in routes/ or the app shell.',
}));
const otherZones = [
  {
    target: './src/components',
    from: './src/graph',
    message: 'Shared components draw the UI; only features compose them with the graph.',
  },
  {
    target: './src/url',
    from: ['./src/data/use-dataset.ts', './src/data/load-dataset.ts'],
    message: 'The URL codec does not read the query cache: take the dataset as an argument.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '**/*.tmp.mjs'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // With noUncheckedIndexedAccess, `!` after a check the compiler cannot follow is the honest form.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      // Without these the import rules never follow a TypeScript file, and pass silently.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...layerZones, ...featureZones, ...otherZones] },
      ],
      'import-x/no-cycle': 'error',
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  {
    // Features draw the UI; only graph/ may talk to Cytoscape.
    files: ['src/features/**', 'src/routes/**', 'src/components/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'cytoscape', message: 'Use the graph adapter in src/graph/.' }] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.node },
  },
  {
    // Parts of the benchmark run inside the page (page.evaluate).
    files: ['scripts/bench*.mjs', 'scripts/screenshots.mjs', 'scripts/bare/main.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
